'use client';

import type { NoteJson } from '@/components/margin/note-json';
import type { CitationStyle } from '@/lib/sources/citation-styles';

const RELATION = {
  supports: 'bg-green-100 text-green-900',
  refutes: 'bg-red-100 text-red-900',
  context: 'bg-stone-100 text-stone-700',
} as Record<string, string>;

/** The sources attached to a note, each formatted in the reader's citation style, with its relation. */
export function SourceList({
  sources,
  style,
  canDetach,
  busy,
  onDetach,
}: {
  sources: NoteJson['sources'];
  style: CitationStyle;
  canDetach: (source: NoteJson['sources'][number]) => boolean;
  busy: boolean;
  onDetach: (sourceId: string) => void;
}) {
  if (!sources.length) return null;
  return (
    <ul aria-label="Sources" className="flex flex-col gap-1 border-t border-stone-100 pt-1">
      {sources.map((s) => (
        <li key={s.id} className="text-xs" data-testid="note-source">
          <span className={`mr-1 rounded px-1 ${RELATION[s.relation] ?? RELATION.context}`}>
            {s.relation}
          </span>
          <cite className="not-italic">{s.citations[style]}</cite>
          {s.quotedPassage && (
            <blockquote className="ml-2 border-l border-stone-300 pl-1 italic">
              “{s.quotedPassage}”
            </blockquote>
          )}
          {s.note && <p className="ml-2 text-stone-600">{s.note}</p>}
          {canDetach(s) && (
            <button
              type="button"
              disabled={busy}
              className="ml-1 underline"
              onClick={() => onDetach(s.id)}
              aria-label={`Remove source ${s.title}`}
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
