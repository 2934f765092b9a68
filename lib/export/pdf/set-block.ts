import { ColumnFlow } from './column-flow';
import type { Column } from './page-geometry';
import { emptyPage, type PageModel } from './page-model';
import type { Paragraph } from './paragraph';

/** Paragraphs set in a column as one block, with y measured down from its top at 0. */
export interface SetBlock {
  block: PageModel;
  height: number;
}

/** Sets paragraphs as one unbreakable block (a margin note), to be measured, then placed. */
export function setBlock(paragraphs: readonly Paragraph[], column: Column): SetBlock {
  const block = emptyPage(0);
  const flow = new ColumnFlow(
    {
      column,
      top: 0,
      bottom: -Infinity,
      newPage: () => {
        throw new Error('A block never breaks.');
      },
    },
    { page: block, y: 0 },
  );
  paragraphs.forEach((p, i) => flow.add(p, paragraphs[i + 1]));
  return { block, height: -flow.y };
}

/** Copies a set block onto a page with its top at `top`. */
export function placeBlock({ block }: SetBlock, page: PageModel, top: number): void {
  for (const t of block.texts) page.texts.push({ ...t, y: t.y + top });
  for (const l of block.lines) {
    page.lines.push({ ...l, from: [l.from[0], l.from[1] + top], to: [l.to[0], l.to[1] + top] });
  }
  page.lowest = Math.min(page.lowest, block.lowest + top);
}
