/** The height assumed for a card before any has been measured. */
const GUESS = 120;

/**
 * Measured card heights: those that differ from `typical`, the height of most cards,
 * which is fixed (`settled`) by the first measurements.
 */
export interface CardHeights {
  of: Map<string, number>;
  typical: number;
  settled: boolean;
}

/** Before any card has been measured. */
export const NO_HEIGHTS: CardHeights = { of: new Map(), typical: GUESS, settled: false };

/** The height to lay a card out with: its measured one, or the typical one. */
export function heightOf(heights: CardHeights, id: string): number {
  return heights.of.get(id) ?? heights.typical;
}

/**
 * Folds a ResizeObserver batch into the heights. The first batch sets `typical` to its
 * median, which never changes after, so a card measured at exactly `typical` need not be
 * stored: later cards of the usual height change nothing, and the layout is not redone.
 */
export function foldCardHeights(
  old: CardHeights,
  entries: readonly Pick<ResizeObserverEntry, 'target' | 'borderBoxSize'>[],
): CardHeights {
  const sizes: [string, number][] = [];
  for (const entry of entries) {
    const el = entry.target as HTMLElement;
    const height = Math.round(entry.borderBoxSize[0]?.blockSize ?? el.offsetHeight);
    // A card just removed from the page reports 0; keep its last real height.
    if (el.isConnected && height > 0) sizes.push([el.dataset.cardId!, height]);
  }
  let typical = old.typical;
  if (!old.settled && sizes.length) {
    const sorted = sizes.map(([, h]) => h).sort((a, b) => a - b);
    typical = sorted[sorted.length >> 1]!;
  }
  // Cards back at the typical height are forgotten; others are stored when they differ.
  const stale = sizes.filter(([id, h]) => (old.of.get(id) ?? typical) !== h);
  if (old.settled && !stale.length) return old;
  const of = new Map(old.of);
  for (const [id, h] of stale) {
    if (h === typical) of.delete(id);
    else of.set(id, h);
  }
  return { of, typical, settled: true };
}
