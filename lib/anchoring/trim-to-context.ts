// How much text next to a candidate must agree with the context before an edge moves.
const ANCHOR = 8;

/**
 * Pulls a candidate's edges in past text that is really its context. Approximate matching
 * likes to swap a deleted first or last word for the context word beside it; when the
 * text from a little before the start up to the new start is the end of the prefix (or
 * likewise at the end, the start of the suffix), that text belongs to the context.
 */
export function trimToContext(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): { start: number; end: number } {
  const most = Math.floor((end - start) / 2);
  let from = start;
  for (let k = Math.min(most, prefix.length - ANCHOR); k > 0; k--) {
    if (start >= ANCHOR && prefix.endsWith(text.slice(start - ANCHOR, start + k))) {
      from = start + k;
      break;
    }
  }
  let to = end;
  for (let k = Math.min(most, suffix.length - ANCHOR); k > 0; k--) {
    if (end + ANCHOR <= text.length && suffix.startsWith(text.slice(end - k, end + ANCHOR))) {
      to = end - k;
      break;
    }
  }
  return { start: from, end: to };
}
