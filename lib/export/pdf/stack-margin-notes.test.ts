import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackMarginNotes } from './stack-margin-notes';

describe('stackMarginNotes', () => {
  it('puts each note beside its passage when there is room', () => {
    const notes = [
      { desired: 700, height: 50 },
      { desired: 500, height: 50 },
    ];
    expect(stackMarginNotes(notes, 780, 60, 8)).toEqual({ tops: [700, 500], fitted: 2 });
  });

  it('stacks notes downward when they would overlap, and pushes them up off the bottom', () => {
    const notes = [
      { desired: 700, height: 100 },
      { desired: 690, height: 100 },
    ];
    expect(stackMarginNotes(notes, 780, 60, 10).tops).toEqual([700, 590]);
    const low = [
      { desired: 150, height: 60 },
      { desired: 140, height: 60 },
    ];
    expect(stackMarginNotes(low, 780, 60, 10).tops).toEqual([190, 120]);
  });

  it('places only the notes that fit, from the first', () => {
    const notes = [
      { desired: 700, height: 300 },
      { desired: 600, height: 300 },
      { desired: 500, height: 300 },
    ];
    expect(stackMarginNotes(notes, 780, 60, 10).fitted).toBe(2);
    expect(stackMarginNotes([{ desired: 700, height: 800 }], 780, 60, 10)).toEqual({
      tops: [],
      fitted: 0,
    });
  });

  it('never overlaps, never leaves the margin, and keeps order', () => {
    const note = fc.record({
      desired: fc.integer({ min: 60, max: 780 }),
      height: fc.integer({ min: 5, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 12 }), (raw) => {
        const notes = [...raw].sort((a, b) => b.desired - a.desired);
        const { tops, fitted } = stackMarginNotes(notes, 780, 60, 6);
        expect(tops).toHaveLength(fitted);
        tops.forEach((top, i) => {
          const bottom = top - notes[i]!.height;
          expect(top).toBeLessThanOrEqual(780);
          expect(bottom).toBeGreaterThanOrEqual(60);
          if (i > 0) expect(top).toBeLessThanOrEqual(tops[i - 1]! - notes[i - 1]!.height - 6);
        });
        const used = notes.slice(0, fitted + 1).reduce((s, n) => s + n.height, 0) + fitted * 6;
        if (fitted < notes.length) expect(used).toBeGreaterThan(720);
      }),
    );
  });
});
