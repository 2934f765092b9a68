'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { mergeNote } from './merge-note';
import type { NoteJson } from './note-json';

async function call(url: string, method: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return null;
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(json.error ?? `The request failed (HTTP ${res.status}); try again.`);
  return json;
}

async function fetchNotes(documentId: string): Promise<NoteJson[]> {
  const { items } = (await call(`/api/v1/documents/${documentId}/annotations`, 'GET')) as {
    items: NoteJson[];
  };
  return items;
}

/**
 * The notes of one document, loaded from and changed through the JSON API. After each
 * change the note it touched is fetched again and merged in (or dropped when it is no
 * longer visible), so what is shown is what the server stored, without reloading
 * every note of a long document.
 */
export function useAnnotations(documentId: string) {
  const [notes, setNotes] = useState<NoteJson[] | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetchNotes(documentId).then(
      (items) => live && setNotes(items),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  // Runs a change, then refreshes the note it concerns (the one returned, for a new note).
  const mutate = useCallback(
    async (url: string, method: string, body: unknown, noteId?: string): Promise<boolean> => {
      setBusy(true);
      setError('');
      try {
        const result = (await call(url, method, body)) as NoteJson | null;
        const id = noteId ?? result!.id;
        const fresh = noteId
          ? await fetch(`/api/v1/annotations/${id}`).then((r) =>
              r.ok ? (r.json() as Promise<NoteJson>) : null,
            )
          : result;
        setNotes((old) => mergeNote(old ?? [], id, fresh));
        return true;
      } catch (err) {
        setError((err as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  // Stable for the document's life, so memoised cards are not re-rendered by a new object.
  const actions = useMemo(
    () => ({
      update: (id: string, body: unknown) => mutate(`/api/v1/annotations/${id}`, 'PATCH', body, id),
      remove: (id: string) => mutate(`/api/v1/annotations/${id}`, 'DELETE', undefined, id),
      reply: (id: string, body: unknown) =>
        mutate(`/api/v1/annotations/${id}/replies`, 'POST', { body }, id),
      updateReply: (noteId: string, replyId: string, body: unknown) =>
        mutate(`/api/v1/replies/${replyId}`, 'PATCH', { body }, noteId),
      removeReply: (noteId: string, replyId: string) =>
        mutate(`/api/v1/replies/${replyId}`, 'DELETE', undefined, noteId),
    }),
    [mutate],
  );

  return {
    notes,
    error,
    busy,
    actions,
    clearError: () => setError(''),
    create: (body: unknown) => mutate(`/api/v1/documents/${documentId}/annotations`, 'POST', body),
  };
}
