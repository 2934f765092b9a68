import type { Node as PMNode } from '@tiptap/pm/model';
import { CANONICAL_TEXTBLOCKS, canonicalInlineText } from '../canonical-inline-text';

/** Where one text block's canonical text starts, and the document position of each of its characters. */
interface Segment {
  offset: number;
  positions: number[];
}

/**
 * Maps offsets in a document's canonical text (see canonical-text.ts) to ProseMirror
 * positions and back, following the same rules: non-empty text blocks in order, a
 * blank line between them, a newline per hard break.
 */
export class CanonicalPositions {
  private readonly segments: Segment[] = [];
  /** Length of the canonical text; equals canonicalText(doc).length. */
  readonly length: number;

  constructor(doc: PMNode) {
    let offset = 0;
    doc.descendants((node, pos) => {
      if (!CANONICAL_TEXTBLOCKS.has(node.type.name)) return true;
      const positions: number[] = [];
      let chars = '';
      node.forEach((child, childOffset) => {
        const start = pos + 1 + childOffset;
        const text = canonicalInlineText(child.type.name, child.text, child.attrs);
        for (let i = 0; i < text.length; i++) positions.push(child.isText ? start + i : start);
        chars += text;
      });
      // Same rule as canonicalText: a block with no visible text is not part of it.
      if (!chars.trim()) return false;
      if (this.segments.length) offset += 2;
      this.segments.push({ offset, positions });
      offset += positions.length;
      return false;
    });
    this.length = offset;
  }

  /** The document position of canonical offset `offset` (an end offset maps just past the last character). */
  toPos(offset: number): number {
    const seg = this.segmentAt(offset);
    if (!seg) return 0;
    const i = Math.max(0, Math.min(offset - seg.offset, seg.positions.length));
    return i === seg.positions.length ? seg.positions[i - 1]! + 1 : seg.positions[i]!;
  }

  /** A [from, to) range of document positions for a canonical range. */
  toRange(start: number, end: number): { from: number; to: number } {
    const from = this.toPos(start);
    const to = end > start ? this.toPos(end - 1) + 1 : from;
    return { from, to: Math.max(from, to) };
  }

  /** The canonical offset of a document position, or of the nearest character after it. */
  fromPos(pos: number): number {
    for (const seg of this.segments) {
      const last = seg.positions[seg.positions.length - 1]!;
      if (pos > last) continue;
      const i = seg.positions.findIndex((p) => p >= pos);
      return seg.offset + (i < 0 ? seg.positions.length : i);
    }
    return this.length;
  }

  private segmentAt(offset: number): Segment | undefined {
    let found: Segment | undefined;
    for (const seg of this.segments) {
      if (seg.offset > offset) break;
      found = seg;
    }
    return found;
  }
}
