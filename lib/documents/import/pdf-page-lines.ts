import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** A line of text on a PDF page, with its baseline, right edge and font size in page units. */
export interface PdfLine {
  text: string;
  y: number;
  right: number;
  size: number;
}

/**
 * Assembles a page's text items, in content order, into lines: a new line starts where the
 * baseline moves by more than half the font size or the item says a line ends; items on
 * one line get a space between them where there is a visible gap.
 */
export function pdfPageLines(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let parts: string[] = [];
  let current: PdfLine | null = null;
  let lastEnd = 0;
  let endsLine = false;
  const flush = () => {
    if (current) {
      current.right = lastEnd;
      current.text = parts.join('').replace(/\s+/g, ' ').trim();
      if (current.text) lines.push(current);
    }
    parts = [];
    current = null;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1;
    if (current && (endsLine || Math.abs(y - current.y) > size / 2)) flush();
    if (!current) {
      current = { text: '', y, right: x, size };
    } else if (
      x - lastEnd > size * 0.15 &&
      !/\s$/.test(parts.at(-1) ?? '') &&
      !/^\s/.test(item.str)
    ) {
      parts.push(' ');
    }
    parts.push(item.str);
    current.size = Math.max(current.size, size);
    lastEnd = x + item.width;
    endsLine = item.hasEOL;
  }
  flush();
  return lines;
}
