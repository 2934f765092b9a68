import { firstIndex } from '@/lib/lists/first-index';

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
  return cards.slice(
    firstIndex(cards, (c) => c.bottom >= top),
    firstIndex(cards, (c) => c.top > bottom),
  );
}
