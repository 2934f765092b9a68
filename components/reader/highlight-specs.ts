import type { NoteJson } from '@/components/margin/note-json';
import type { PaletteColor } from '@/lib/annotations/default-palette';
import { highlightHex } from '@/lib/annotations/highlight-hex';
import type { HighlightJson } from '@/lib/annotations/list-highlights';
import type { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';
import { CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';
import type { HighlightSpec } from './highlights-extension';

/** The highlight of an anchored note, in the shape the page is first rendered with. */
export function noteHighlight(note: NoteJson): HighlightJson {
  return {
    id: note.id,
    start: note.anchor.start!,
    end: note.anchor.end!,
    color: note.color,
    authorName: note.author?.name ?? null,
    replyCount: note.replies.length,
    claim: note.claim?.status ?? null,
    prompt: note.kind === 'prompt',
  };
}

/** What to paint for highlights: document ranges, palette colours and spoken labels. */
export function highlightSpecs(
  highlights: readonly HighlightJson[],
  positions: CanonicalPositions,
  colorOf: (key: string | null) => PaletteColor | null,
): HighlightSpec[] {
  return highlights.map((h) => {
    const { from, to } = positions.toRange(h.start, h.end);
    const color = colorOf(h.color);
    const replies = h.replyCount
      ? `, ${h.replyCount} ${h.replyCount === 1 ? 'reply' : 'replies'}`
      : '';
    const claim = h.claim ? (CLAIM_STATUS_STYLE[h.claim]?.label ?? null) : null;
    const kind = h.prompt
      ? 'Reading prompt'
      : claim
        ? `Claim, ${claim.toLowerCase()},`
        : (color?.label ?? 'Note');
    return {
      id: h.id,
      from,
      to,
      color: highlightHex({ paletteColor: color?.color, prompt: h.prompt, claim: !!claim }),
      label: `${kind} by ${h.authorName ?? 'deleted author'}${replies}`,
      claim,
      prompt: h.prompt,
    };
  });
}

/**
 * highlightSpecs with `colorOf`, worked out once per list and positions: the reader paints
 * the list it starts with from the editor's first draw and again from the effect that
 * keeps the highlights painted, and for thousands the second time is not free.
 */
export function memoHighlightSpecs(colorOf: (key: string | null) => PaletteColor | null) {
  const done = new WeakMap<
    readonly HighlightJson[],
    { positions: CanonicalPositions; specs: HighlightSpec[] }
  >();
  return (highlights: readonly HighlightJson[], positions: CanonicalPositions) => {
    const hit = done.get(highlights);
    if (hit?.positions === positions) return hit.specs;
    const specs = highlightSpecs(highlights, positions, colorOf);
    done.set(highlights, { positions, specs });
    return specs;
  };
}

/** Whether two lists would paint the same: then the editor need not redraw. */
export function sameSpecs(a: readonly HighlightSpec[], b: readonly HighlightSpec[]): boolean {
  if (a === b) return true;
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i]!;
      return (
        s.id === t.id &&
        s.from === t.from &&
        s.to === t.to &&
        s.color === t.color &&
        s.label === t.label &&
        s.claim === t.claim &&
        !!s.prompt === !!t.prompt
      );
    })
  );
}
