import type { PageGeometry } from './page-geometry';
import type { PageModel } from './page-model';
import type { Paragraph } from './paragraph';
import { placeBlock, setBlock } from './set-block';
import { stackMarginNotes } from './stack-margin-notes';
import type { Rgb } from './text-run';

/** A note for a page's margin: its paragraphs, its colour, and the top of its passage. */
export interface MarginNote {
  paragraphs: Paragraph[];
  color: Rgb;
  y: number;
}

const GAP = 7;

/**
 * Sets a page's notes in its margin column, beside their passages and never overlapping
 * (see `stackMarginNotes`), each with a bar in its highlight colour; returns the notes
 * that did not fit, to be continued elsewhere.
 */
export function placeMarginNotes<N extends MarginNote>(
  page: PageModel,
  notes: readonly N[],
  geometry: PageGeometry,
  marginTop: number,
): N[] {
  const blocks = notes.map((n) => setBlock(n.paragraphs, geometry.notes));
  const { tops, fitted } = stackMarginNotes(
    notes.map((n, i) => ({ desired: Math.min(n.y, marginTop), height: blocks[i]!.height })),
    marginTop,
    geometry.bottom,
    GAP,
  );
  const barX = geometry.notes.x - 5;
  tops.forEach((top, i) => {
    placeBlock(blocks[i]!, page, top);
    page.lines.push({
      from: [barX, top],
      to: [barX, top - blocks[i]!.height],
      color: notes[i]!.color,
      thickness: 2.4,
    });
  });
  return notes.slice(fitted);
}
