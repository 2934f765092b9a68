/**
 * A W3C target on a random passage of 12 to 60 characters of `text`, as the reader's
 * selection toolbar sends it: the quote with about 32 characters of context either
 * side, and the positions.
 */
export function randomTarget(text: string) {
  const length = 12 + Math.floor(Math.random() * 49);
  const start = Math.floor(Math.random() * (text.length - length));
  const end = start + length;
  return {
    selector: [
      {
        type: 'TextQuoteSelector' as const,
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
      },
      { type: 'TextPositionSelector' as const, start, end },
    ],
  };
}
