import type { VersionMap } from './build-version-map';
import { mapPosition } from './map-position';

/**
 * Maps the old range [start, end) into the new version. Text inserted right at either edge
 * stays outside. `touched` says whether any edit deleted, replaced or inserted text within
 * the range; an untouched range holds exactly the same text in both versions.
 */
export function mapRange(
  map: VersionMap,
  start: number,
  end: number,
): { start: number; end: number; touched: boolean } {
  if (start > end) {
    throw new RangeError(`The range ${start}-${end} ends before it starts; pass the start first.`);
  }
  const newStart = mapPosition(map, start, 'after');
  const newEnd = Math.max(newStart, mapPosition(map, end, 'before'));
  let lo = 0;
  let hi = map.hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map.hunks[mid]!.oldEnd < start) lo = mid + 1;
    else hi = mid;
  }
  let touched = false;
  for (let i = lo; i < map.hunks.length && !touched; i++) {
    const hunk = map.hunks[i]!;
    if (hunk.oldStart > end) break;
    const insertion = hunk.oldStart === hunk.oldEnd;
    touched = insertion
      ? start < hunk.oldStart && hunk.oldStart < end
      : hunk.oldStart < end && hunk.oldEnd > start;
  }
  return { start: newStart, end: newEnd, touched };
}
