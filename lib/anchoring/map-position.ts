import type { VersionHunk, VersionMap } from './build-version-map';

/**
 * Which side an offset keeps when text is inserted exactly there, or when the text around
 * it is replaced: `before` stays in front of the new text, `after` goes past it.
 */
export type PositionBias = 'before' | 'after';

/** The index of the last hunk that starts at or before `offset`, or -1. */
function lastHunkFrom(hunks: readonly VersionHunk[], offset: number): number {
  let lo = 0;
  let hi = hunks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (hunks[mid]!.oldStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Maps an offset in the old version's text to the corresponding offset in the new one. */
export function mapPosition(map: VersionMap, offset: number, bias: PositionBias): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > map.oldLength) {
    throw new RangeError(
      `Offset ${offset} is outside the old text (0-${map.oldLength}); build the map from the version the offset belongs to.`,
    );
  }
  const hunk = map.hunks[lastHunkFrom(map.hunks, offset)];
  if (!hunk) return offset;
  const pureInsertion = hunk.oldStart === hunk.oldEnd;
  if (offset > hunk.oldEnd || (offset === hunk.oldEnd && !pureInsertion)) {
    return offset - hunk.oldEnd + hunk.newEnd;
  }
  // Right before deleted text: the replacement takes the deleted text's place, after us.
  if (offset === hunk.oldStart && !pureInsertion) return hunk.newStart;
  return bias === 'before' ? hunk.newStart : hunk.newEnd;
}
