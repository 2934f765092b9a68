/** A laid-out card: its id and its vertical extent in the margin. */
export interface PlacedCard {
  id: string;
  top: number;
  bottom: number;
}

/**
 * The cards that reach into [top, bottom], from cards sorted by `top` that do not
 * overlap (so their bottoms are sorted too): two binary searches, not a scan of all.
 */
export function cardsInWindow(cards: readonly PlacedCard[], top: number, bottom: number) {
  let lo = 0;
  let hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cards[mid]!.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cards[mid]!.top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return cards.slice(first, lo);
}
