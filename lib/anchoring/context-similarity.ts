import search from 'approx-string-match';

/**
 * How well `expected` context occurs in `actual`, from 0 to 1: one minus the fewest edits
 * that turn it into some stretch of `actual` (approx-string-match), over its length. Pass
 * a slightly longer `actual` so that a candidate's edge a few characters off costs nothing.
 */
export function contextSimilarity(expected: string, actual: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  if (actual.includes(expected)) return 1;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}
