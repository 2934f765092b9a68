import type { Node as PMNode } from '@tiptap/pm/model';
import { CANONICAL_TEXTBLOCKS, canonicalInlineText } from '../canonical-inline-text';
import { firstIndex } from '../../lists/first-index';

/**
 * A stretch of one block's canonical text: `length` characters from `at` within the
 * block, at document positions from `pos` (one each for text, all at `pos` for an
 * inline node such as a hard break).
 */
interface Run {
  at: number;
  pos: number;
  length: number;
  text: boolean;
}

/** Where one text block's canonical text starts, and its runs in order. */
interface Segment {
  offset: number;
  length: number;
  runs: Run[];
}

/**
 * Maps offsets in a document's canonical text (see canonical-text.ts) to ProseMirror
 * positions and back, following the same rules: non-empty text blocks in order, a
 * blank line between them, a newline per hard break. Stored as runs, not a position
 * per character, and searched by bisection, so long documents map cheaply.
 */
export class CanonicalPositions {
  private static readonly cache = new WeakMap<PMNode, CanonicalPositions>();

  /** The map for `doc`, built once per document node (nodes are immutable). */
  static of(doc: PMNode): CanonicalPositions {
    let map = CanonicalPositions.cache.get(doc);
    if (!map) CanonicalPositions.cache.set(doc, (map = new CanonicalPositions(doc)));
    return map;
  }

  private readonly segments: Segment[] = [];
  /** Length of the canonical text; equals canonicalText(doc).length. */
  readonly length: number;

  constructor(doc: PMNode) {
    let offset = 0;
    doc.descendants((node, pos) => {
      if (!CANONICAL_TEXTBLOCKS.has(node.type.name)) return true;
      const runs: Run[] = [];
      let chars = '';
      node.forEach((child, childOffset) => {
        const text = canonicalInlineText(child.type.name, child.text, child.attrs);
        if (text.length) {
          runs.push({
            at: chars.length,
            pos: pos + 1 + childOffset,
            length: text.length,
            text: child.isText,
          });
        }
        chars += text;
      });
      // Same rule as canonicalText: a block with no visible text is not part of it.
      if (!chars.trim()) return false;
      if (this.segments.length) offset += 2;
      this.segments.push({ offset, length: chars.length, runs });
      offset += chars.length;
      return false;
    });
    this.length = offset;
  }

  /** The document position of canonical offset `offset` (an end offset maps just past the last character). */
  toPos(offset: number): number {
    const seg = this.segments[firstIndex(this.segments, (s) => s.offset > offset) - 1];
    if (!seg) return 0;
    const i = Math.max(0, Math.min(offset - seg.offset, seg.length));
    if (i === seg.length) return charPos(seg.runs[seg.runs.length - 1]!, i - 1) + 1;
    return charPos(seg.runs[firstIndex(seg.runs, (r) => r.at > i) - 1]!, i);
  }

  /** A [from, to) range of document positions for a canonical range. */
  toRange(start: number, end: number): { from: number; to: number } {
    const from = this.toPos(start);
    const to = end > start ? this.toPos(end - 1) + 1 : from;
    return { from, to: Math.max(from, to) };
  }

  /** The canonical offset of a document position, or of the nearest character after it. */
  fromPos(pos: number): number {
    // The first segment, then the first run, whose last character is at or after pos.
    const seg = this.segments[firstIndex(this.segments, (s) => lastPos(s.runs.at(-1)!) >= pos)];
    if (!seg) return this.length;
    const run = seg.runs[firstIndex(seg.runs, (r) => lastPos(r) >= pos)]!;
    const within = run.text ? Math.max(0, pos - run.pos) : 0;
    return seg.offset + run.at + within;
  }
}

// The document position of the block's character `i`, which lies in `run`.
function charPos(run: Run, i: number): number {
  return run.text ? run.pos + (i - run.at) : run.pos;
}

function lastPos(run: Run): number {
  return run.text ? run.pos + run.length - 1 : run.pos;
}
