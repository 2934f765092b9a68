import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredAnchor } from './anchor';
import { buildVersionMap } from './build-version-map';
import { describeRange } from './describe-range';
import { normalizeForMatching } from './normalize-for-matching';
import { resolveAnchor } from './resolve-anchor';
import { resolveAnchors } from './resolve-anchors';
import type { ResolvedAnchor } from './resolved-anchor';

// A small vocabulary, so that words, phrases and whole sentences repeat.
const WORDS = ['the', 'party', 'plan', 'Stalin', 'purge', 'army', 'grain', '1937', 'of', 'a'];
const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom('.', ',', '\u2019s', '\u201Cplan\u201D') },
  { weight: 1, arbitrary: fc.constantFrom('\n\n', '\n\u00A0\n') },
);
const documentText = fc
  .array(token, { minLength: 8, maxLength: 160 })
  .map((tokens) => tokens.join(' '));
type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; length: number; words: string[] };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 24 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
});
const highlight = fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) });

/**
 * Applies the edits one after another, each at an offset into the text as it is by then,
 * and tracks where each old character went (-1 for inserted text).
 */
function applyEdits(text: string, edits: Edit[]): { text: string; origin: number[] } {
  let origin = Array.from(text, (_, i) => i);
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    const removed = e.kind === 'insert' ? 0 : e.length;
    const inserted = e.kind === 'delete' ? '' : ` ${e.words.join(' ')} `;
    text = text.slice(0, at) + inserted + text.slice(at + removed);
    origin = [
      ...origin.slice(0, at),
      ...Array<number>(inserted.length).fill(-1),
      ...origin.slice(at + removed),
    ];
  }
  return { text, origin };
}

/** Whether the old range [start, end) survives as one unbroken run, untouched by any edit. */
function untouched(origin: number[], start: number, end: number): boolean {
  const at = origin.indexOf(start);
  const run = origin.slice(at, at + end - start);
  return at >= 0 && run.length === end - start && run.every((o, i) => o === start + i);
}

function anchorsOn(text: string, highlights: { at: number; length: number }[]): StoredAnchor[] {
  return highlights.map(({ at, length }) => {
    const start = at % text.length;
    const end = Math.min(text.length, start + length);
    return { versionId: 'v1', selectors: describeRange(text, start, end) };
  });
}

const positionOf = (a: StoredAnchor) => {
  const position = a.selectors.find((s) => s.type === 'TextPositionSelector');
  if (!position) throw new Error('The anchor has no position.');
  return position;
};
const quoteOf = (a: StoredAnchor) => {
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) throw new Error('The anchor has no quote.');
  return quote.exact;
};
const norm = (s: string) => normalizeForMatching(s).text;

/** The promise each status makes, checked against the target text. */
function keepsItsPromise(r: ResolvedAnchor, quote: string, text: string): boolean {
  if (r.status === 'orphan') {
    return r.start === null && r.end === null && r.confidence === 0 && r.method === 'none';
  }
  if (!(r.start >= 0 && r.start <= r.end && r.end <= text.length)) return false;
  if (r.status === 'fuzzy') return r.confidence > 0 && r.confidence <= 1;
  return norm(text.slice(r.start, r.end)) === norm(quote) && r.confidence > 0;
}

describe('resolveAnchor, property-based', () => {
  it('never reports a wrong passage as exact or moved, whatever the edits', () => {
    const intact = { total: 0, kept: 0 };
    fc.assert(
      fc.property(
        documentText,
        fc.array(edit, { maxLength: 6 }),
        fc.array(highlight, { minLength: 1, maxLength: 6 }),
        (before, edits, highlights) => {
          const { text: after, origin } = applyEdits(before, edits);
          const anchors = anchorsOn(before, highlights);
          const results = resolveAnchors(anchors, { versionId: 'v2', text: after }, [
            { versionId: 'v1', text: before },
          ]);
          results.forEach((r, i) => {
            const { start, end } = positionOf(anchors[i]!);
            if (end - start < 12 || !untouched(origin, start, end)) return;
            intact.total += 1;
            if (r.status === 'exact' || r.status === 'moved') intact.kept += 1;
          });
          return results.every((r, i) => keepsItsPromise(r, quoteOf(anchors[i]!), after));
        },
      ),
      { numRuns: 1000 },
    );
    // Repeated words make some diffs ambiguous, so a few untouched passages come back as
    // fuzzy; nearly all must stay exact or moved.
    expect(intact.total).toBeGreaterThan(100);
    expect(intact.kept / intact.total).toBeGreaterThan(0.95);
  });

  it('also keeps its promises with no version map, by quote search alone', () => {
    fc.assert(
      fc.property(
        documentText,
        fc.array(edit, { maxLength: 4 }),
        fc.array(highlight, { minLength: 1, maxLength: 4 }),
        (before, edits, highlights) => {
          const after = applyEdits(before, edits).text;
          return anchorsOn(before, highlights).every((a) =>
            keepsItsPromise(resolveAnchor(a, { versionId: 'v2', text: after }), quoteOf(a), after),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('resolves every anchor on an unedited document exactly where it was made', () => {
    fc.assert(
      fc.property(documentText, fc.array(highlight, { minLength: 1, maxLength: 6 }), (text, hs) => {
        const map = buildVersionMap(text, text);
        for (const anchor of anchorsOn(text, hs)) {
          const position = positionOf(anchor);
          const where = { start: position.start, end: position.end, confidence: 1 };
          expect(resolveAnchor(anchor, { versionId: 'v1', text })).toEqual({
            status: 'exact',
            method: 'position',
            ...where,
          });
          expect(resolveAnchor(anchor, { versionId: 'v2', text }, { versionMap: map })).toEqual({
            status: 'exact',
            method: 'diff',
            ...where,
          });
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every anchor exact or moved through edits that only change whitespace and quote marks', () => {
    const restyle = fc.array(
      fc.record({
        at: fc.nat(),
        style: fc.constantFrom<[RegExp, string][]>(
          [/ /, '\u00A0'],
          [/ /, '  '],
          [/\n/, '\r\n'],
          [/\u2019/, "'"],
          [/\u201C/, '"'],
        ),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        documentText,
        restyle,
        fc.array(highlight, { minLength: 1, maxLength: 6 }),
        (before, changes, hs) => {
          const after = changes.reduce((t, { at, style: [pattern, replacement] }) => {
            const from = at % (t.length + 1);
            const found = t.slice(from).search(pattern);
            if (found < 0) return t;
            const i = from + found;
            return t.slice(0, i) + replacement + t.slice(i + 1);
          }, before);
          const anchors = anchorsOn(before, hs);
          const results = resolveAnchors(anchors, { versionId: 'v2', text: after }, [
            { versionId: 'v1', text: before },
          ]);
          return results.every(
            (r, i) =>
              (r.status === 'exact' || r.status === 'moved') &&
              keepsItsPromise(r, quoteOf(anchors[i]!), after),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
