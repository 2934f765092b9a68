import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsInWindow, type PlacedCard } from './cards-in-window';

function stack(heights: number[], gaps: number[]): PlacedCard[] {
  let y = 0;
  return heights.map((h, i) => {
    y += gaps[i] ?? 0;
    const card = { id: `c${i}`, top: y, bottom: y + h };
    y += h;
    return card;
  });
}

describe('cardsInWindow', () => {
  it('returns the cards that reach into the window, touching edges included', () => {
    const cards = stack([100, 100, 100, 100], [0, 10, 10, 10]);
    expect(cardsInWindow(cards, 105, 215).map((c) => c.id)).toEqual(['c1']);
    expect(cardsInWindow(cards, 100, 220).map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(cardsInWindow(cards, 1000, 2000)).toEqual([]);
    expect(cardsInWindow([], 0, 10)).toEqual([]);
  });

  it('agrees with a scan of every card', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
        fc.integer({ min: -100, max: 20_000 }),
        fc.integer({ min: 0, max: 3000 }),
        (heights, gaps, top, span) => {
          const cards = stack(heights, gaps);
          const scan = cards.filter((c) => c.bottom >= top && c.top <= top + span);
          expect(cardsInWindow(cards, top, top + span)).toEqual(scan);
        },
      ),
    );
  });
});
