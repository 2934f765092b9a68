import type { PdfLine } from './pdf-page-lines';

// A gap this many times the usual line spacing (or more) ends a paragraph.
const PARAGRAPH_GAP = 1.4;
// A page whose last line stops this far short of the page's widest line ends a paragraph.
const SHORT_LAST_LINE = 0.85;
// With too few lines to measure, assume single spacing: 1.2 times the font size.
const MIN_SAMPLES = 3;
const SINGLE_SPACING = 1.2;

/** The spacing between most lines: the lower quartile, so paragraph gaps do not count. */
function usualSpacing(pages: PdfLine[][]): number | null {
  const gaps = pages
    .flatMap((lines) => lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  return gaps.length >= MIN_SAMPLES ? (gaps[Math.floor(gaps.length / 4)] ?? null) : null;
}

/**
 * Writes the lines of a PDF's pages as plain text for the text importer: one line each,
 * with a blank line where the spacing opens up, at a jump back up the page (a new column),
 * and at a page end whose last line stops short; a full last line runs on to the next page.
 */
export function pdfLinesToText(pages: PdfLine[][]): string {
  const spacing = usualSpacing(pages);
  const parts: string[] = [];
  for (const lines of pages) {
    if (!lines.length) continue;
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous) {
        const gap = previous.y - line.y;
        const usual = spacing ?? line.size * SINGLE_SPACING;
        parts.push(gap > usual * PARAGRAPH_GAP || gap < 0 ? '\n\n' : '\n');
      }
      parts.push(line.text);
    });
    const widest = lines.reduce((max, line) => Math.max(max, line.right), 0);
    const last = lines[lines.length - 1];
    parts.push(last && last.right < widest * SHORT_LAST_LINE ? '\n\n' : '\n');
  }
  return parts.join('');
}
