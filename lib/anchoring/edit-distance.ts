import DiffMatchPatch from 'diff-match-patch';

const dmp = new DiffMatchPatch();

/**
 * The Levenshtein distance between two strings as diff-match-patch counts it from its
 * diff: close to the true distance, never more than the longer length.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return Math.min(Math.max(a.length, b.length), dmp.diff_levenshtein(dmp.diff_main(a, b, false)));
}
