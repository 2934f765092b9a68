import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HighlightJson } from './list-highlights';
import { packHighlights, unpackHighlights } from './pack-highlights';

const highlight = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,30}$/),
  start: fc.nat(1_000_000),
  length: fc.nat(5_000),
  color: fc.option(fc.string(), { nil: null }),
  authorName: fc.option(fc.string(), { nil: null }),
  replyCount: fc.nat(500),
  claim: fc.option(fc.constantFrom('supported', 'refuted', 'needs_source'), { nil: null }),
  prompt: fc.boolean(),
});

describe('packHighlights', () => {
  it('reads back exactly what it packed, in order, whatever the names and colours hold', () => {
    fc.assert(
      fc.property(fc.array(highlight, { maxLength: 40 }), (drawn) => {
        // The page lists highlights by position, but nothing here depends on it.
        const list: HighlightJson[] = drawn.map(({ length, ...h }) => ({
          ...h,
          end: h.start + length,
        }));
        expect(unpackHighlights(packHighlights(list))).toEqual(list);
      }),
    );
  });

  it('keeps names with spaces, newlines and quotes out of the line structure', () => {
    const list: HighlightJson[] = [
      {
        id: 'a1',
        start: 10,
        end: 20,
        color: 'key idea',
        authorName: 'Ana "the\nreader" Ruiz',
        replyCount: 2,
        claim: 'supported',
        prompt: false,
      },
    ];
    expect(unpackHighlights(packHighlights(list))).toEqual(list);
    expect(unpackHighlights(packHighlights([]))).toEqual([]);
  });

  it('is several times smaller than the same highlights as JSON objects', () => {
    const list: HighlightJson[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `cm${String(i).padStart(23, 'x')}`,
      start: i * 120,
      end: i * 120 + 30,
      color: ['key-idea', 'question', 'evidence'][i % 3]!,
      authorName: ['Ana Ruiz', 'Ben Okafor'][i % 2]!,
      replyCount: i % 4,
      claim: null,
      prompt: false,
    }));
    expect(packHighlights(list).length * 3).toBeLessThan(JSON.stringify(list).length);
  });
});
