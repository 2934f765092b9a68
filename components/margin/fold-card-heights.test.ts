// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { foldCardHeights, heightOf, NO_HEIGHTS } from './fold-card-heights';

function card(id: string, height: number, connected = true) {
  const el = document.createElement('li');
  el.dataset.cardId = id;
  if (connected) document.body.append(el);
  return { target: el, borderBoxSize: [{ blockSize: height, inlineSize: 300 }] };
}
const empty = NO_HEIGHTS;

describe('foldCardHeights', () => {
  it('takes the first batch median as the typical height and stores only the others', () => {
    const h = foldCardHeights(empty, [card('a', 90), card('b', 90), card('c', 150)]);
    expect(h.typical).toBe(90);
    expect([...h.of]).toEqual([['c', 150]]);
    expect([heightOf(h, 'a'), heightOf(h, 'c'), heightOf(h, 'unseen')]).toEqual([90, 150, 90]);
  });

  it('changes nothing, not even the object, when new cards have the assumed heights', () => {
    const h = foldCardHeights(empty, [card('a', 90), card('b', 90)]);
    expect(foldCardHeights(h, [card('d', 90), card('a', 90)])).toBe(h);
  });

  it('fixes the typical height once, even when the first cards are as tall as the guess', () => {
    const h = foldCardHeights(empty, [card('a', 120), card('b', 120)]);
    const next = foldCardHeights(h, [card('c', 90), card('d', 90), card('e', 90)]);
    expect(next.typical).toBe(120);
    expect([heightOf(next, 'a'), heightOf(next, 'c')]).toEqual([120, 90]);
  });

  it('keeps the last real height of a card that was just removed (reported as 0)', () => {
    const h = foldCardHeights(empty, [card('a', 90), card('b', 200), card('c', 90)]);
    expect(foldCardHeights(h, [card('b', 0, false)])).toBe(h);
    expect(heightOf(h, 'b')).toBe(200);
  });

  it('forgets a stored height once the card grows back to the typical one', () => {
    const h = foldCardHeights(empty, [card('a', 90), card('b', 200), card('c', 90)]);
    const back = foldCardHeights(h, [card('b', 90)]);
    expect(back.of.has('b')).toBe(false);
    expect(heightOf(back, 'b')).toBe(90);
  });
});
