import type { NormalizedText } from './normalize-for-matching';

/** The original range that the normalised range [start, end) was made from. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart =
    start < normalized.text.length ? normalized.starts[start]! : normalized.originalLength;
  return { start: originalStart, end: end > start ? normalized.ends[end - 1]! : originalStart };
}
