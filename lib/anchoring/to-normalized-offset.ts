import type { NormalizedText } from './normalize-for-matching';

/** The normalised offset of the first character whose source starts at or after `offset`. */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = normalized.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (normalized.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
