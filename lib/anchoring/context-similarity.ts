import { editDistance } from './edit-distance';

/**
 * How alike two short strings are, from 0 to 1: one minus their edit distance over the
 * longer length. Context is compared in place, so a shifted context scores lower.
 */
export function contextSimilarity(expected: string, actual: string): number {
  const length = Math.max(expected.length, actual.length);
  return length === 0 ? 1 : 1 - editDistance(expected, actual) / length;
}
