import { PageSizes } from 'pdf-lib';

/** A column's left edge and width, in points. */
export interface Column {
  x: number;
  width: number;
}

/** Where things go on a page: the content area, the text column, the notes margin, the footer. */
export interface PageGeometry {
  size: [number, number];
  top: number;
  bottom: number;
  footer: number;
  text: Column;
  notes: Column;
  full: Column;
}

const LEFT = 50;
const RIGHT = 36;
const GUTTER = 16;
// The text takes about 62% of the width between the margins, the notes the rest.
const TEXT_SHARE = 0.62;

/** The layout of an A4 or US Letter page. */
export function pageGeometry(paper: 'a4' | 'letter'): PageGeometry {
  const [width, height] = paper === 'letter' ? PageSizes.Letter : PageSizes.A4;
  const inner = width - LEFT - RIGHT;
  const text = Math.round(inner * TEXT_SHARE);
  return {
    size: [width, height],
    top: height - 54,
    bottom: 58,
    footer: 30,
    text: { x: LEFT, width: text },
    notes: { x: LEFT + text + GUTTER, width: inner - text - GUTTER },
    full: { x: LEFT, width: inner },
  };
}
