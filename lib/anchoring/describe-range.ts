import type { TextPositionSelector, TextQuoteSelector } from './selector';

/** How much text either side of a highlight its TextQuoteSelector keeps. */
const CONTEXT_LENGTH = 32;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The selectors for the range [start, end) of a version's canonical text: a quote with
 * 32 characters of context either side, and the position.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    start > end ||
    end > text.length
  ) {
    throw new RangeError(
      `The range ${start}-${end} does not lie within the text (0-${text.length}); select the passage again.`,
    );
  }
  // Context must not cut a surrogate pair in half: JSON columns reject lone surrogates.
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd -= 1;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
