import type { VersionMap } from './build-version-map';

/**
 * The share of the new range [newStart, newEnd) that the map says is unchanged text from
 * outside the old range [oldStart, oldEnd): text that was already there, beside the passage
 * rather than part of it. Inserted text and the passage's own surviving text do not count.
 */
export function foreignShare(
  map: VersionMap,
  newStart: number,
  newEnd: number,
  oldStart: number,
  oldEnd: number,
): number {
  if (newEnd <= newStart) return 0;
  let lo = 0;
  let hi = map.hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map.hunks[mid]!.newEnd <= newStart) lo = mid + 1;
    else hi = mid;
  }
  let foreign = 0;
  let pos = newStart;
  for (let i = lo; pos < newEnd; i++) {
    const hunk = map.hunks[i];
    // Unchanged text before this hunk keeps the offset shift this hunk starts with.
    const shift = hunk ? hunk.newStart - hunk.oldStart : map.newLength - map.oldLength;
    const equalEnd = Math.min(hunk ? hunk.newStart : newEnd, newEnd);
    if (equalEnd > pos) {
      const own = Math.min(equalEnd - shift, oldEnd) - Math.max(pos - shift, oldStart);
      foreign += equalEnd - pos - Math.max(0, own);
      pos = equalEnd;
    }
    if (!hunk) break;
    pos = Math.max(pos, Math.min(hunk.newEnd, newEnd));
  }
  return foreign / (newEnd - newStart);
}
