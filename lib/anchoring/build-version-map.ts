import DiffMatchPatch from 'diff-match-patch';

type Diff = DiffMatchPatch.Diff;
const { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT } = DiffMatchPatch;

/** One change between two versions: old [oldStart, oldEnd) became new [newStart, newEnd). */
export interface VersionHunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * The changes from one version's canonical text to another's, in order, with unchanged
 * text between them. Plain data, so one map can serve every annotation of a version pair.
 */
export interface VersionMap {
  oldLength: number;
  newLength: number;
  hunks: VersionHunk[];
}

// Coarse to fine: paragraphs (line runs), then sentences with the spaces after them.
const LEVELS = [/[^\n]*\n+|[^\n]+$/g, /[^\n.!?]*(?:[.!?]+[^\S\n]*|\n+)|[^\n.!?]+$/g];
// Token codes start past the control characters and must fit in one UTF-16 unit.
const FIRST_CODE = 0x100;
const MAX_TOKENS = 0xffff - FIRST_CODE;

/**
 * Diffs paragraphs first, as diff-match-patch's line mode does with lines, then the
 * sentences of each changed stretch, then its characters, so a 1 MB text with thousands of
 * scattered edits diffs in about a tenth of a second. Semantic cleanup of character diffs
 * drops coincidental one-letter matches inside rewritten text.
 */
function layeredDiff(dmp: DiffMatchPatch, before: string, after: string, level = 0): Diff[] {
  const pattern = LEVELS[level];
  if (!pattern) {
    const diffs = dmp.diff_main(before, after, false);
    dmp.diff_cleanupSemantic(diffs);
    return diffs;
  }
  const tokens: string[] = [];
  const codes = new Map<string, number>();
  const encode = (text: string) =>
    (text.match(pattern) ?? [])
      .map((token) => {
        let code = codes.get(token);
        if (code === undefined) {
          code = tokens.push(token) - 1;
          codes.set(token, code);
        }
        return String.fromCharCode(code + FIRST_CODE);
      })
      .join('');
  const a = encode(before);
  const b = encode(after);
  if (tokens.length > MAX_TOKENS) return layeredDiff(dmp, before, after, level + 1);
  // split('') walks UTF-16 units: codes in the surrogate range must not pair up.
  const decode = (encoded: string) =>
    encoded
      .split('')
      .map((c) => tokens[c.charCodeAt(0) - FIRST_CODE])
      .join('');

  const out: Diff[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted && inserted) out.push(...layeredDiff(dmp, deleted, inserted, level + 1));
    else if (deleted) out.push([DIFF_DELETE, deleted]);
    else if (inserted) out.push([DIFF_INSERT, inserted]);
    deleted = '';
    inserted = '';
  };
  // As diff-match-patch's line mode does: a token that only coincidentally matches between
  // changed ones (a blank line, a bare full stop) joins the change, so the stretch around it
  // is diffed finer as a whole instead of as a deletion here and an insertion there.
  const tokenDiffs = dmp.diff_main(a, b, false);
  dmp.diff_cleanupSemantic(tokenDiffs);
  for (const [op, encoded] of tokenDiffs) {
    if (op === DIFF_DELETE) deleted += decode(encoded);
    else if (op === DIFF_INSERT) inserted += decode(encoded);
    else {
      flush();
      out.push([DIFF_EQUAL, decode(encoded)]);
    }
  }
  flush();
  return out;
}

/**
 * Diffs two versions of a canonical text once; pass the result to mapPosition, mapRange
 * and resolveAnchor for every annotation made on `oldText`.
 */
export function buildVersionMap(oldText: string, newText: string): VersionMap {
  const dmp = new DiffMatchPatch();
  const prefix = dmp.diff_commonPrefix(oldText, newText);
  const suffix = dmp.diff_commonSuffix(oldText.slice(prefix), newText.slice(prefix));
  const diffs = layeredDiff(
    dmp,
    oldText.slice(prefix, oldText.length - suffix),
    newText.slice(prefix, newText.length - suffix),
  );

  const hunks: VersionHunk[] = [];
  let oldPos = prefix;
  let newPos = prefix;
  let open: VersionHunk | undefined;
  for (const [op, text] of diffs) {
    if (op === DIFF_EQUAL) {
      if (text.length === 0) continue;
      open = undefined;
      oldPos += text.length;
      newPos += text.length;
      continue;
    }
    if (!open) {
      open = { oldStart: oldPos, oldEnd: oldPos, newStart: newPos, newEnd: newPos };
      hunks.push(open);
    }
    if (op === DIFF_DELETE) oldPos += text.length;
    else newPos += text.length;
    open.oldEnd = oldPos;
    open.newEnd = newPos;
  }
  return { oldLength: oldText.length, newLength: newText.length, hunks };
}
