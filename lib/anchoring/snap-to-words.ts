import { editDistance } from './edit-distance';

const WORD = /[\p{L}\p{N}]/u;
// Words longer than this are rare; an edge this far from a boundary stays where it is.
const MAX_SHIFT = 24;

function isWord(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c);
}

/** The ways to move `at`, inside a word, to a word edge: back to its start, or forward past it. */
function wordEdges(text: string, at: number, towardStart: boolean): number[] {
  if (!isWord(text[at - 1]) || !isWord(text[at])) return [at];
  let back = at;
  while (back > at - MAX_SHIFT && isWord(text[back - 1])) back--;
  let forward = at;
  while (forward < at + MAX_SHIFT && isWord(text[forward])) forward++;
  const edges = [back, forward].filter((edge) => !isWord(text[edge - 1]) || !isWord(text[edge]));
  // A start moved forward skips the gap to the next word; an end moved back, to the last one.
  return edges.map((edge) => {
    let e = edge;
    if (towardStart && e === forward) while (e < text.length && !isWord(text[e])) e++;
    if (!towardStart && e === back) while (e > 0 && !isWord(text[e - 1])) e--;
    return e;
  });
}

/**
 * Approximate matching often starts or ends a match inside a word. When the highlight
 * began (or ended) at a word boundary, moves that edge to the nearer word edge that makes
 * the text closer to the quote, so a re-attached highlight never cuts a word in two.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  quote: string,
  prefix: string,
  suffix: string,
): { start: number; end: number } {
  const starts =
    isWord(quote[0]) && !isWord(prefix.at(-1)) ? wordEdges(text, start, true) : [start];
  const ends = isWord(quote.at(-1)) && !isWord(suffix[0]) ? wordEdges(text, end, false) : [end];
  let best = { start, end };
  let fewest = Infinity;
  for (const s of starts) {
    for (const e of ends) {
      if (e <= s) continue;
      const errors = editDistance(quote, text.slice(s, e));
      if (errors < fewest) {
        fewest = errors;
        best = { start: s, end: e };
      }
    }
  }
  return best;
}
