import type { ExportData } from '../load-export';
import { exportDate } from '../export-date';
import type { Paragraph } from './paragraph';
import type { Rgb } from './text-run';

const INK: Rgb = [0.1, 0.1, 0.12];
const GREY: Rgb = [0.38, 0.38, 0.42];

const meta = (text: string, spaceBefore = 2): Paragraph => ({
  runs: [{ text, face: 'sans', size: 9, color: GREY }],
  leading: 12.5,
  spaceBefore,
});

/**
 * The cover block at the top of page 1: the title, the author or the source, the course,
 * the version and the day of the export, and which notes it holds.
 */
export function coverParagraphs(data: ExportData, now: Date): Paragraph[] {
  const { document: doc } = data;
  const count = data.notes.length;
  return [
    {
      runs: [{ text: doc.title || 'Untitled document', face: 'serifBold', size: 20, color: INK }],
      leading: 25,
      spaceAfter: 4,
    },
    ...(doc.author ? [meta(`by ${doc.author}`)] : []),
    ...(doc.sourceUrl ? [meta(`Source: ${doc.sourceUrl}`)] : []),
    ...(doc.course ? [meta(`Course: ${doc.course}`)] : []),
    meta(
      [
        ...(doc.versionNumber ? [`Version ${doc.versionNumber}`] : []),
        `Exported ${exportDate(now)}`,
        count === 1 ? '1 note' : `${count || 'No'} notes`,
      ].join(' · '),
    ),
    meta(`Notes: ${data.filters}`),
  ];
}
