import type { Rgb, TextRun } from './text-run';

/** A run's text placed on a page: left edge and baseline, in PDF points from the bottom left. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  width: number;
  run: TextRun;
}

/** A straight line: rules, block-quote bars. */
export interface PlacedLine {
  from: [number, number];
  to: [number, number];
  color: Rgb;
  thickness: number;
}

/** A highlight's rectangle on one line, painted behind the text. */
export interface PlacedFill {
  x: number;
  y: number;
  width: number;
  height: number;
  color: Rgb;
}

/** One page of the export before it is drawn: what goes where, and how far down it is used. */
export interface PageModel {
  texts: PlacedText[];
  lines: PlacedLine[];
  fills: PlacedFill[];
  /** The lowest y anything reaches, so a full-width block can start below it. */
  lowest: number;
}

/** An empty page whose content starts at `top`. */
export function emptyPage(top: number): PageModel {
  return { texts: [], lines: [], fills: [], lowest: top };
}
