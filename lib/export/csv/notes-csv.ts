import type { ExportData } from '../load-export';
import { exportedPassage } from '../w3c/exported-passage';
import { csvTable } from './csv-table';

const HEADER = [
  'Document',
  'Type',
  'ID',
  'Parent ID',
  'Quote',
  'Start',
  'End',
  'Author',
  'Created',
  'Tags',
  'Colour',
  'Visibility',
  'Kind',
  'Claim status',
  'Sources',
  'Text',
];

/**
 * An export as CSV: one row per note, followed by one per reply (Type "reply", with its
 * note's id as Parent ID). Start and End are offsets into the exported text, empty for a
 * note whose passage is lost; sources are citations in the export's style.
 */
export function notesCsv(data: ExportData): string {
  const title = data.document.title;
  const rows = data.notes.flatMap((note) => {
    const passage = exportedPassage(note, data.document.text);
    return [
      [
        title,
        'note',
        note.id,
        '',
        passage.quote.exact,
        passage.position?.start,
        passage.position?.end,
        note.author?.name,
        note.createdAt,
        note.tags.join('; '),
        note.color,
        note.visibility,
        note.kind,
        note.claim?.status,
        note.sources.map((s) => s.citations[data.style]).join(' | '),
        note.bodyText,
      ],
      ...note.replies.map((reply) => [
        title,
        'reply',
        reply.id,
        note.id,
        ...Array<string>(3).fill(''),
        reply.author.name,
        reply.createdAt,
        ...Array<string>(6).fill(''),
        reply.bodyText,
      ]),
    ];
  });
  return csvTable(HEADER, rows);
}
