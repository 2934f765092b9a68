import type { AnchoredNote } from './anchored-notes';

// A note number goes after the punctuation that closes its passage, as a footnote mark does.
const CLOSING = /[.,;:!?)\]}”’»…"']/;

/** Where note numbers go in the canonical text: offset → "3" (or "3,4" for two there). */
export function noteMarkers(anchored: readonly AnchoredNote[], text: string): Map<number, string> {
  const markers = new Map<number, string>();
  for (const a of anchored) {
    let at = a.end;
    while (at < text.length && CLOSING.test(text[at]!)) at++;
    const before = markers.get(at);
    markers.set(at, before ? `${before},${a.label}` : a.label);
  }
  return markers;
}
