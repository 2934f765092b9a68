'use client';

import { useEffect, useState } from 'react';
import type { NoteJson } from '@/components/margin/note-json';

type LibrarySource = Omit<
  NoteJson['sources'][number],
  'relation' | 'quotedPassage' | 'note' | 'addedBy' | 'attachedAt'
>;

/** The library sources matching `query` for a document, fetched a moment after typing stops. */
export function useLibrarySearch(documentId: string, query: string) {
  const [results, setResults] = useState<LibrarySource[] | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      fetch(`/api/v1/documents/${documentId}/sources?q=${encodeURIComponent(query)}`)
        .then((r) => (r.ok ? (r.json() as Promise<{ items: LibrarySource[] }>) : { items: [] }))
        .then((body) => live && setResults(body.items))
        .catch(() => live && setResults([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [documentId, query]);
  return results;
}
