import { breakLines, type Line } from './break-lines';
import { textWidth } from './font-metrics';
import type { Paragraph } from './paragraph';
import type { TextRun } from './text-run';
import { withFallbackFaces } from './with-fallback-faces';

/** Measures a run's text as the PDF will draw it. */
export const measureRun = (run: TextRun, text: string) => textWidth(run.face, run.size, text);

/** A paragraph broken into lines for a column `width` wide (less its indents), symbols a face lacks set in sans. */
export function setLines(paragraph: Paragraph, width: number): Line[] {
  const indent = paragraph.indent ?? 0;
  const hang = paragraph.hang ?? 0;
  return breakLines(
    withFallbackFaces(paragraph.runs),
    (i) => width - indent - (i > 0 ? hang : 0),
    measureRun,
  );
}

/** The tallest text on a line, for where its baseline sits. */
export function lineSize(line: Line, fallback: number): number {
  let size = 0;
  for (const f of line.fragments) if (!f.run.rise) size = Math.max(size, f.run.size);
  return size || fallback;
}

/** Where the baseline of a line sits below the top of its line box: glyphs centred in it. */
export function baselineDrop(leading: number, size: number): number {
  return leading - (leading - size * 1.17) / 2 - size * 0.24;
}
