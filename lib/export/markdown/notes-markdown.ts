import { CLAIM_REASON_LABELS, CLAIM_STATUS_STYLE } from '../../claims/claim-labels';
import type { ExportData, ExportNote } from '../load-export';
import { bibliographyEntries } from '../bibliography-entries';
import { exportDate } from '../export-date';
import { exportedPassage } from '../w3c/exported-passage';
import { escapeMarkdown } from './escape-markdown';

const KIND_LABELS: Record<string, string> = {
  highlight: ' (highlight)',
  claim: ' (claim)',
  prompt: ' (reading prompt)',
};

// Lines after the first of a list item are indented to stay inside it.
const indent = (text: string) => text.replace(/\n/g, '\n  ');

function quoteBlock(text: string): string[] {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'));
}

function noteBlock(note: ExportNote, data: ExportData): string[] {
  const passage = exportedPassage(note, data.document.text);
  const who = `**${escapeMarkdown(note.author?.name ?? 'Unknown')}**, ${exportDate(note.createdAt)}`;
  const text = note.bodyText ? `: ${escapeMarkdown(note.bodyText)}` : '';
  const facts = [
    note.tags.length ? `Tags: ${escapeMarkdown(note.tags.join(', '))}` : null,
    note.claim
      ? `Claim: ${CLAIM_STATUS_STYLE[note.claim.status]?.label ?? note.claim.status} (${CLAIM_REASON_LABELS[note.claim.reason] ?? note.claim.reason})`
      : null,
  ].filter(Boolean);
  return [
    ...quoteBlock(passage.quote.exact),
    '',
    `${who}${KIND_LABELS[note.kind] ?? ''}${text}`,
    '',
    ...(facts.length ? [facts.join(' · '), ''] : []),
    ...(note.sources.length
      ? [
          'Sources:',
          '',
          ...note.sources.map(
            (s) =>
              `- ${escapeMarkdown(s.citations[data.style])}${s.relation === 'context' ? '' : ` (${s.relation})`}`,
          ),
          '',
        ]
      : []),
    ...(note.replies.length
      ? [
          'Replies:',
          '',
          ...note.replies.map(
            (r) =>
              `- **${escapeMarkdown(r.author.name)}**, ${exportDate(r.createdAt)}: ${indent(escapeMarkdown(r.bodyText))}`,
          ),
          '',
        ]
      : []),
    '---',
    '',
  ];
}

function bibliography(data: ExportData): string[] {
  const entries = bibliographyEntries(data.notes, data.style);
  if (!entries.length) return [];
  return ['## Bibliography', '', ...entries.map((c) => `- ${escapeMarkdown(c)}`), ''];
}

/**
 * An export as Markdown: the title, a line of facts, then each note in text order (its
 * passage as a block quote, then author, date and text, tags, claim status, sources and
 * replies as a list), notes whose passage is lost after them, and a bibliography of the
 * cited sources. All user text is escaped, so it cannot add links, HTML or structure.
 */
export function notesMarkdown(data: ExportData): string {
  const doc = data.document;
  const meta = [
    doc.author ? `by ${doc.author}` : null,
    doc.course ? `course: ${doc.course}` : null,
    doc.versionNumber ? `version ${doc.versionNumber}` : null,
    `exported ${exportDate(new Date())}`,
    data.filters,
  ].filter((x): x is string => x !== null);
  const found = data.notes.filter((n) => n.anchor.status !== 'orphan');
  const lost = data.notes.filter((n) => n.anchor.status === 'orphan');
  const lines = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    escapeMarkdown(meta.join(' · ')),
    '',
    ...(data.notes.length ? [] : ['No notes to export.', '']),
    ...(found.length ? ['## Notes', '', ...found.flatMap((n) => noteBlock(n, data))] : []),
    ...(lost.length
      ? [
          '## Notes whose passage is lost',
          '',
          'These passages are no longer in the document; each note shows the text it was made on.',
          '',
          ...lost.flatMap((n) => noteBlock(n, data)),
        ]
      : []),
    ...bibliography(data),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
