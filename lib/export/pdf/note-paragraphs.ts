import type { PaletteColor } from '@/lib/annotations/default-palette';
import type { DocNode } from '@/lib/documents/doc-node';
import type { CitationStyle } from '@/lib/sources/citation-styles';
import type { ExportNote } from '../load-export';
import { docParagraphs } from './doc-paragraphs';
import { exportDate } from '../export-date';
import { condenseText } from './condense-text';
import { noteBadge } from './note-badge';
import type { Paragraph } from './paragraph';
import type { Rgb, TextRun } from './text-run';

const INK: Rgb = [0.12, 0.12, 0.14];
const GREY: Rgb = [0.4, 0.4, 0.45];
const SIZE = 7.6;
const LEADING = SIZE * 1.32;

const RELATIONS: Record<string, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

const run = (text: string, face: TextRun['face'], color = INK): TextRun => ({
  text,
  face,
  size: SIZE,
  color,
});

const line = (runs: TextRun[], extra: Partial<Paragraph> = {}): Paragraph => ({
  runs,
  leading: LEADING,
  spaceBefore: SIZE * 0.25,
  spaceAfter: 0,
  ...extra,
});

function quoteOf(note: ExportNote): string {
  const quote = note.target.selector.find((s) => s.type === 'TextQuoteSelector');
  return condenseText(quote?.exact ?? '');
}

function bodyParagraphs(note: ExportNote): Paragraph[] {
  const body = note.body as DocNode | null;
  if (body && typeof body === 'object' && body.type === 'doc') {
    const paragraphs = docParagraphs(body, {
      family: 'sans',
      size: SIZE,
      color: INK,
      offsets: false,
    });
    return paragraphs.map((p) => ({ ...p, spaceBefore: SIZE * 0.25, spaceAfter: 0 }));
  }
  return note.bodyText
    .split(/\n{2,}/)
    .filter((text) => text.trim())
    .map((text) => line([run(text, 'sans')]));
}

/**
 * A note as paragraphs for the margin or a notes section: its number, author, date and
 * kind (claim status, prompt, palette meaning), the passage if it was lost, its comment,
 * the latest claim verdict, replies condensed to one line each, and its sources in `style`.
 */
export function noteParagraphs(
  note: ExportNote,
  options: { label: string | null; style: CitationStyle; palette: readonly PaletteColor[] },
): Paragraph[] {
  const meta = [
    exportDate(note.createdAt),
    noteBadge(note, options.palette),
    ...(note.visibility === 'private' ? ['private'] : []),
    ...(note.tags.length ? [note.tags.map((t) => `#${t}`).join(' ')] : []),
  ].join(' · ');
  const out: Paragraph[] = [
    line(
      [
        ...(options.label ? [run(`${options.label}  `, 'sansBold')] : []),
        run(note.author?.name ?? 'Deleted author', 'sansBold'),
        run(` · ${meta}`, 'sans', GREY),
      ],
      { keepWithNext: true, spaceBefore: 0 },
    ),
  ];
  if (note.anchor.status === 'orphan') {
    const quote = quoteOf(note);
    if (quote) out.push(line([run(`Passage: “${quote}”`, 'sansItalic', GREY)]));
  }
  out.push(...bodyParagraphs(note));
  const verdict = note.claim?.history.findLast((h) => h.note.trim());
  if (verdict) {
    out.push(
      line([
        run(`Verdict (${verdict.by.name}, ${exportDate(verdict.at)}): `, 'sansBold'),
        run(condenseText(verdict.note), 'sansItalic'),
      ]),
    );
  }
  for (const reply of note.replies) {
    out.push(
      line(
        [
          run('↳ ', 'sans', GREY),
          run(`${reply.author.name}: `, 'sansBold'),
          run(condenseText(reply.bodyText), 'sans'),
        ],
        { hang: SIZE },
      ),
    );
  }
  if (note.sources.length) out.push(line([run('Sources', 'sansBold', GREY)]));
  for (const source of note.sources) {
    out.push(
      line(
        [
          run(`${RELATIONS[source.relation] ?? 'Cited'}: `, 'sansItalic', GREY),
          run(source.citations[options.style], 'sans'),
        ],
        { hang: SIZE, spaceBefore: SIZE * 0.1 },
      ),
    );
  }
  return out;
}
