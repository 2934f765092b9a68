import DiffMatchPatch from 'diff-match-patch';

/** One run of a diff: kept, inserted or deleted text. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A readable word-level diff of two texts: words are mapped to single characters,
 * diffed, and mapped back, so changes never split a word in the middle.
 */
export function diffTexts(before: string, after: string): DiffSegment[] {
  const dmp = new DiffMatchPatch();
  const tokens: string[] = [];
  const index = new Map<string, number>();
  const encode = (text: string) =>
    (text.match(/\s+|[^\s]+/g) ?? [])
      .map((token) => {
        let i = index.get(token);
        if (i === undefined) {
          i = tokens.push(token) - 1;
          index.set(token, i);
        }
        // Offset past surrogates and control characters to stay in one UTF-16 unit.
        return String.fromCharCode(i + 0x100);
      })
      .join('');
  const a = encode(before);
  const b = encode(after);
  // Past 65,280 distinct words the codes run out; a character diff is still correct.
  const byWord = tokens.length < 0xffff - 0x100;
  const diffs = byWord ? dmp.diff_main(a, b, false) : dmp.diff_main(before, after, false);
  dmp.diff_cleanupSemantic(diffs);
  const ops = { [-1]: 'delete', 0: 'equal', 1: 'insert' } as const;
  return diffs.map(([op, chars]) => ({
    op: ops[op as -1 | 0 | 1],
    // split('') walks UTF-16 units: codes in the surrogate range must not pair up.
    text: byWord
      ? chars
          .split('')
          .map((c) => tokens[c.charCodeAt(0) - 0x100])
          .join('')
      : chars,
  }));
}
