'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
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
 * The notes of one document, loaded from and changed through the JSON API. Every change
 * reloads the list, so what is shown is what the server stored.
 */
export function useAnnotations(documentId: string) {
  const [notes, setNotes] = useState<NoteJson[] | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    () =>
      fetchNotes(documentId).then(
        (items) => setNotes(items),
        (err: Error) => setError(err.message),
      ),
    [documentId],
  );

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

  const mutate = useCallback(
    async (url: string, method: string, body?: unknown): Promise<boolean> => {
      setBusy(true);
      setError('');
      try {
        await call(url, method, body);
        await reload();
        return true;
      } catch (err) {
        setError((err as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );

  // Stable for the document's life, so memoised cards are not re-rendered by a new object.
  const actions = useMemo(
    () => ({
      update: (id: string, body: unknown) => mutate(`/api/v1/annotations/${id}`, 'PATCH', body),
      remove: (id: string) => mutate(`/api/v1/annotations/${id}`, 'DELETE'),
      reply: (id: string, body: unknown) =>
        mutate(`/api/v1/annotations/${id}/replies`, 'POST', { body }),
      updateReply: (id: string, body: unknown) =>
        mutate(`/api/v1/replies/${id}`, 'PATCH', { body }),
      removeReply: (id: string) => mutate(`/api/v1/replies/${id}`, 'DELETE'),
    }),
    [mutate],
  );

  return {
    notes,
    error,
    busy,
    actions,
    update: actions.update,
    clearError: () => setError(''),
    create: (body: unknown) => mutate(`/api/v1/documents/${documentId}/annotations`, 'POST', body),
  };
}
