/**
 * The words of `expected` that cannot be found, in order, in `actual` with its white space
 * removed (so a word cut across two lines still counts): an empty list means nothing lost.
 */
export function wordsInOrder(expected: string, actual: string): string[] {
  const haystack = actual.replace(/\s+/g, '');
  const missing: string[] = [];
  let at = 0;
  for (const word of expected.split(/\s+/).filter(Boolean)) {
    const found = haystack.indexOf(word, at);
    if (found < 0) missing.push(word);
    else at = found + word.length;
  }
  return missing;
}
