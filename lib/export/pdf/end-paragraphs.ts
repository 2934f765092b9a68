import type { ExportData, ExportNote } from '../load-export';
import { bibliographyEntries } from '../bibliography-entries';
import type { Paragraph } from './paragraph';
import { sectionHeading } from './section-heading';

/**
 * What follows the document: the notes whose passage was lost (set by `noteParagraphs`),
 * then the bibliography of every source the notes cite, with hanging indents.
 */
export function endParagraphs(
  data: ExportData,
  noteParagraphs: (note: ExportNote) => Paragraph[],
): Paragraph[] {
  const orphans = data.notes.filter((n) => n.anchor.status === 'orphan' || n.anchor.start === null);
  const entries = bibliographyEntries(data.notes, data.style);
  return [
    ...(orphans.length
      ? [sectionHeading('Notes whose passage was lost'), ...orphans.flatMap(noteParagraphs)]
      : []),
    ...(entries.length
      ? [
          sectionHeading('Bibliography'),
          ...entries.map((text) => ({
            runs: [{ text, face: 'serif' as const, size: 9.2, color: [0.08, 0.08, 0.1] as const }],
            leading: 12.5,
            hang: 18,
            spaceBefore: 3,
          })),
        ]
      : []),
  ];
}
