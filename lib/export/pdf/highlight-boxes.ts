import type { LineFragment } from './break-lines';
import type { PageModel } from './page-model';
import { measureRun } from './set-lines';

/** A fragment of the document's text as placed: page, left edge, baseline. */
export interface PlacedFragment {
  page: PageModel;
  x: number;
  y: number;
  fragment: LineFragment;
}

/** The box of a highlight on one line of one page: left, bottom, width, height. */
export interface HighlightBox {
  page: PageModel;
  x: number;
  y: number;
  width: number;
  height: number;
}

// How far DejaVu's glyphs reach above and below the baseline, per point of size.
const ASCENT = 0.93;
const DESCENT = 0.24;

const startOf = (p: PlacedFragment) => p.fragment.run.start! + p.fragment.from;

/**
 * The boxes that cover the characters [start, end) of the canonical text, one per line
 * they are set on (across line and page breaks), from fragments placed in text order. A
 * stretch of nothing but white space (the break between two lines) gets no box.
 */
export function highlightBoxes(
  placed: readonly PlacedFragment[],
  start: number,
  end: number,
): HighlightBox[] {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const p = placed[mid]!;
    if (startOf(p) + p.fragment.text.length <= start) low = mid + 1;
    else high = mid;
  }
  const boxes: HighlightBox[] = [];
  let lastBaseline = NaN;
  for (let i = low; i < placed.length && startOf(placed[i]!) < end; i++) {
    const p = placed[i]!;
    const { text, run } = p.fragment;
    const from = Math.max(start, startOf(p)) - startOf(p);
    const to = Math.min(end, startOf(p) + text.length) - startOf(p);
    if (to <= from || !text.slice(from, to).trim()) continue;
    const left = p.x + measureRun(run, text.slice(0, from));
    const right = p.x + measureRun(run, text.slice(0, to));
    const top = p.y + run.size * ASCENT;
    const bottom = p.y - run.size * DESCENT;
    const last = boxes.at(-1);
    if (last && last.page === p.page && lastBaseline === p.y) {
      const x1 = Math.max(last.x + last.width, right);
      const y1 = Math.max(last.y + last.height, top);
      last.x = Math.min(last.x, left);
      last.y = Math.min(last.y, bottom);
      last.width = x1 - last.x;
      last.height = y1 - last.y;
    } else {
      boxes.push({ page: p.page, x: left, y: bottom, width: right - left, height: top - bottom });
    }
    lastBaseline = p.y;
  }
  return boxes;
}
