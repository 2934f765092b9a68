import type { Rgb, TextRun } from './text-run';

/**
 * A block to set: its runs, line height, indents, the list marker hung before its first
 * line, space around it, the x offsets (from the indent's column) of block-quote bars,
 * or a horizontal rule instead of text. `keepWithNext` keeps a heading off a page's foot.
 */
export interface Paragraph {
  runs: TextRun[];
  leading: number;
  indent?: number;
  /** Further indent of every line after the first (hanging bibliography entries). */
  hang?: number;
  marker?: TextRun;
  spaceBefore?: number;
  spaceAfter?: number;
  keepWithNext?: boolean;
  bars?: number[];
  rule?: Rgb;
}
