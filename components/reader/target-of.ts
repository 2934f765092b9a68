/** The W3C-style target of a canonical-text range: its quote, and its position as a hint. */
export function targetOf(text: string, range: { start: number; end: number }) {
  return {
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(range.start, range.end) },
      { type: 'TextPositionSelector', start: range.start, end: range.end },
    ],
  };
}
