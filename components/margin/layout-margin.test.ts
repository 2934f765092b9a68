import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMargin, type MarginItem } from './layout-margin';

function overlaps(items: MarginItem[], tops: Map<string, number>, gap: number): boolean {
  const boxes = items
    .map((i) => ({ top: tops.get(i.id)!, bottom: tops.get(i.id)! + i.height }))
    .sort((a, b) => a.top - b.top);
  return boxes.some((b, i) => i > 0 && b.top < boxes[i - 1]!.bottom + gap - 1e-9);
}

describe('layoutMargin', () => {
  it('keeps cards at their highlights when there is room', () => {
    const tops = layoutMargin(
      [
        { id: 'a', anchorTop: 0, height: 50 },
        { id: 'b', anchorTop: 200, height: 50 },
      ],
      8,
    );
    expect([tops.get('a'), tops.get('b')]).toEqual([0, 200]);
  });

  it('stacks crowded cards below each other', () => {
    const tops = layoutMargin(
      [
        { id: 'a', anchorTop: 100, height: 60 },
        { id: 'b', anchorTop: 110, height: 60 },
      ],
      8,
    );
    expect([tops.get('a'), tops.get('b')]).toEqual([100, 168]);
  });

  it('puts the focused card at its highlight and moves earlier ones up', () => {
    const tops = layoutMargin(
      [
        { id: 'a', anchorTop: 100, height: 60 },
        { id: 'b', anchorTop: 110, height: 60 },
      ],
      8,
      'b',
    );
    expect([tops.get('a'), tops.get('b')]).toEqual([42, 110]);
  });

  it('never overlaps and never places a card above its highlight unless focus demands it', () => {
    const item = fc.record({
      id: fc.uuid(),
      anchorTop: fc.integer({ min: 0, max: 5000 }),
      height: fc.integer({ min: 20, max: 400 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 60 }),
        fc.option(fc.nat()),
        (items, pick) => {
          const focused =
            pick === null || items.length === 0 ? undefined : items[pick % items.length]!.id;
          const tops = layoutMargin(items, 8, focused);
          expect(overlaps(items, tops, 8)).toBe(false);
          for (const i of items) expect(tops.get(i.id)!).toBeGreaterThanOrEqual(0);
          if (!focused)
            for (const i of items) expect(tops.get(i.id)!).toBeGreaterThanOrEqual(i.anchorTop);
        },
      ),
      { numRuns: 300 },
    );
  });
});
