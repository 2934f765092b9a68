import type { EditorView } from '@tiptap/pm/view';

/**
 * The vertical position of each range's start, relative to `base`, measured from the
 * top-level block it lies in (one box read per block) plus its share of the block's
 * height. coordsAtPos would force layout inside every off-screen block, which
 * `content-visibility: auto` otherwise skips, and costs seconds for thousands of notes.
 */
export function highlightTops(
  view: EditorView,
  ranges: { id: string; from: number }[],
  base: number,
) {
  const boxes = new Map<Element, { top: number; height: number; start: number; size: number }>();
  const tops: Record<string, number> = {};
  for (const { id, from } of ranges) {
    const $pos = view.state.doc.resolve(from);
    if ($pos.depth < 1) continue;
    const blockStart = $pos.before(1);
    const block = view.nodeDOM(blockStart);
    if (!(block instanceof Element)) continue;
    let box = boxes.get(block);
    if (!box) {
      const rect = block.getBoundingClientRect();
      box = { top: rect.top, height: rect.height, start: blockStart, size: $pos.node(1).nodeSize };
      boxes.set(block, box);
    }
    const share = Math.min(1, Math.max(0, (from - box.start) / box.size));
    tops[id] = Math.max(0, box.top + share * box.height - base);
  }
  return tops;
}
