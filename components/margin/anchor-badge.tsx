import type { NoteJson } from './note-json';

const TEXT = {
  exact: null,
  moved: 'Moved: the text moved in an edit, the quote still matches',
  fuzzy: 'Approximate match',
  orphan: 'Orphaned: the quoted text is gone',
} as const;

/** Says how sure the anchor is, unless it is exact. */
export function AnchorBadge({ anchor }: { anchor: NoteJson['anchor'] }) {
  const text = TEXT[anchor.status as keyof typeof TEXT];
  if (!text) return null;
  const confidence =
    anchor.status === 'fuzzy' ? ` (${Math.round(anchor.confidence * 100)}% confident)` : '';
  const tone =
    anchor.status === 'moved' ? 'bg-blue-50 text-blue-900' : 'bg-amber-50 text-amber-900';
  return (
    <p className={`rounded px-1.5 py-0.5 text-xs ${tone}`} data-testid="anchor-status">
      {text}
      {confidence}
    </p>
  );
}
