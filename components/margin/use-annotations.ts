'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CollabSession } from '@/components/collab/use-collab-session';
import { useLiveNotes } from '@/components/collab/use-live-notes';
import { apiRequest } from '@/components/ui/api-request';
import { ServiceUnavailableError } from '@/components/ui/service-unavailable-error';
import { mergeNote } from './merge-note';
import { optimisticEdit, optimisticRemoval, withReply, type NotePatch } from './optimistic-note';
import type { NoteJson } from './note-json';
import { pendingNote, pendingReply, type NewNoteInput } from './pending-note';

type Waiting = 'offline' | 'unavailable';

// Resolves when the browser says it is back online, or after a few seconds to try anyway.
const backOnline = () =>
  new Promise<void>((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 3000);
    window.addEventListener('online', done);
  });

// A restarting server says how long to wait; a long answer is capped, to try again soon.
const MAX_WAIT_SECONDS = 30;

/**
 * Whether a failed write is worth sending again, and how to wait first: a failed fetch
 * (no network, server unreachable) rejects with a TypeError, and a server that cannot
 * do it just now answers 503 with Retry-After. Other HTTP errors are refusals.
 */
function retryLater(err: unknown): { state: Waiting; wait: () => Promise<void> } | null {
  if (err instanceof TypeError) return { state: 'offline', wait: backOnline };
  if (err instanceof ServiceUnavailableError) {
    const ms = Math.min(err.retryAfterSeconds, MAX_WAIT_SECONDS) * 1000;
    return { state: 'unavailable', wait: () => new Promise((r) => setTimeout(r, ms)) };
  }
  return null;
}

const call = apiRequest;

async function fetchNotes(documentId: string): Promise<NoteJson[]> {
  const { items } = (await call(`/api/v1/documents/${documentId}/annotations`, 'GET')) as {
    items: NoteJson[];
  };
  return items;
}

/**
 * The notes of one document: loaded from the JSON API, then kept live by the margin
 * rooms (every reader sees each change without reloading), and changed through the
 * API. After a change of its own the reader fetches the note it touched and merges it
 * at once; a new note shows as pending until the server confirms it, and is retried
 * while the network is away.
 */
export function useAnnotations(
  documentId: string,
  options: { session: CollabSession | null; me: { id: string; name: string } },
) {
  const [notes, setNotes] = useState<NoteJson[] | null>(null);
  const [pending, setPending] = useState<NoteJson[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const liveSince = useRef(false);

  useEffect(() => {
    let live = true;
    fetchNotes(documentId).then(
      // Once the rooms have synced they are newer than this answer.
      (items) => live && !liveSince.current && setNotes(items),
      (err: Error) => live && !liveSince.current && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  useLiveNotes(options.session, {
    onReset: (list) => {
      liveSince.current = true;
      setError('');
      setNotes(list);
    },
    onNote: (id, note) => setNotes((old) => (old ? mergeNote(old, id, note) : old)),
  });

  const current = useRef<NoteJson[] | null>(null);
  useEffect(() => {
    current.current = notes;
  }, [notes]);

  // Runs a change, then shows the note it concerns: the one `run` returns, or else
  // `noteId` fetched afresh. With `optimistic`, the notes show the change at once, it is
  // retried while the network is away, and that note goes back to how it was if the
  // server refuses.
  const mutateWith = useCallback(
    async (
      run: () => Promise<NoteJson | null>,
      noteId?: string,
      optimistic?: (notes: NoteJson[]) => NoteJson[],
    ): Promise<boolean> => {
      setBusy(true);
      setError('');
      const before = noteId ? (current.current?.find((n) => n.id === noteId) ?? null) : null;
      if (optimistic) setNotes((old) => (old ? optimistic(old) : old));
      const mark = (pending: 'saving' | Waiting) =>
        setNotes((old) =>
          old ? old.map((n) => (n.id === noteId && n.pending ? { ...n, pending } : n)) : old,
        );
      try {
        // An optimistic change waits out a lost network or a restarting server, marked
        // as waiting, and is sent again.
        let result: NoteJson | null;
        for (;;) {
          try {
            result = await run();
            break;
          } catch (err) {
            const later = optimistic ? retryLater(err) : null;
            if (!later) throw err;
            mark(later.state);
            setBusy(false);
            await later.wait();
            setBusy(true);
            mark('saving');
          }
        }
        const id = noteId ?? result!.id;
        const fresh = noteId
          ? await fetch(`/api/v1/annotations/${id}`).then((r) =>
              r.ok ? (r.json() as Promise<NoteJson>) : null,
            )
          : result;
        setNotes((old) => mergeNote(old ?? [], id, fresh));
        return true;
      } catch (err) {
        if (optimistic && noteId && before)
          setNotes((old) => (old ? mergeNote(old, noteId, before) : old));
        setError((err as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  const mutate = useCallback(
    (
      url: string,
      method: string,
      body: unknown,
      noteId?: string,
      optimistic?: (notes: NoteJson[]) => NoteJson[],
    ) => mutateWith(() => call(url, method, body) as Promise<NoteJson | null>, noteId, optimistic),
    [mutateWith],
  );

  // Stable for the document's life, so memoised cards are not re-rendered by a new object.
  const actions = useMemo(
    () => ({
      // Edits and deletes show at once, marked as saving, until the server confirms.
      update: (id: string, body: unknown) =>
        mutate(`/api/v1/annotations/${id}`, 'PATCH', body, id, (notes) =>
          notes.map((n) => (n.id === id ? optimisticEdit(n, body as NotePatch) : n)),
        ),
      remove: (id: string) =>
        mutate(`/api/v1/annotations/${id}`, 'DELETE', undefined, id, (notes) =>
          optimisticRemoval(notes, id),
        ),
      reply: async (id: string, body: unknown) => {
        // The reply shows in its thread at once, marked as sending, until the server has it.
        const sending = `sending-${crypto.randomUUID()}`;
        const withReplies = (change: (replies: NoteJson['replies']) => NoteJson['replies']) =>
          setNotes((old) =>
            old ? old.map((n) => (n.id === id ? { ...n, replies: change(n.replies) } : n)) : old,
          );
        withReplies((replies) => [...replies, pendingReply(sending, body, options.me)]);
        const ok = await mutate(`/api/v1/annotations/${id}/replies`, 'POST', { body }, id);
        if (!ok) withReplies((replies) => replies.filter((r) => r.id !== sending));
        return ok;
      },
      updateReply: (noteId: string, replyId: string, body: unknown) =>
        mutate(`/api/v1/replies/${replyId}`, 'PATCH', { body }, noteId, (notes) =>
          withReply(notes, noteId, replyId, (r) => ({
            ...r,
            body: body as typeof r.body,
            edited: true,
            pending: true,
          })),
        ),
      removeReply: (noteId: string, replyId: string) =>
        mutate(`/api/v1/replies/${replyId}`, 'DELETE', undefined, noteId, (notes) =>
          withReply(notes, noteId, replyId, () => null),
        ),
      // Claims, sources and moderation: any API call that changes one note, then its refresh.
      act: (noteId: string, path: string, method: string, body?: unknown) =>
        mutate(`/api/v1/${path}`, method, body, noteId),
      flag: (input: NewNoteInput & { reason: string }) =>
        mutate(`/api/v1/documents/${documentId}/claims`, 'POST', input),
      // A reading prompt is always for the course, so it is sent without a visibility.
      prompt: (input: Omit<NewNoteInput, 'visibility'>) =>
        mutate(`/api/v1/documents/${documentId}/prompts`, 'POST', input),
      // A highlight that cites a source, from the selection toolbar; if the source is
      // refused, the note is taken back, so nothing is left half-made.
      noteWithSource: (input: NewNoteInput, source: unknown) =>
        mutateWith(async () => {
          const note = (await call(
            `/api/v1/documents/${documentId}/annotations`,
            'POST',
            input,
          )) as NoteJson;
          try {
            await call(`/api/v1/annotations/${note.id}/sources`, 'POST', source);
          } catch (err) {
            await call(`/api/v1/annotations/${note.id}`, 'DELETE').catch(() => null);
            throw err;
          }
          return (await call(`/api/v1/annotations/${note.id}`, 'GET')) as NoteJson;
        }),
    }),
    [mutate, mutateWith, options.me, documentId],
  );

  const me = options.me;
  // Resolves true once saved or queued for retry (offline or server busy), false when refused.
  const create = useCallback(
    (input: NewNoteInput, range: { start: number; end: number }) =>
      new Promise<boolean>((resolve) => {
        // The client picks the id, so a retry after a lost answer finds the same note.
        const id = crypto.randomUUID().replaceAll('-', '');
        const mark = (state: 'saving' | Waiting) =>
          setPending((p) => p.map((n) => (n.id === id ? { ...n, pending: state } : n)));
        const drop = () => setPending((p) => p.filter((n) => n.id !== id));
        setPending((p) => [...p, pendingNote(id, documentId, input, range, me)]);
        const body = { ...input, id };
        setError('');
        void (async () => {
          for (;;) {
            try {
              const saved = (await call(
                `/api/v1/documents/${documentId}/annotations`,
                'POST',
                body,
              )) as NoteJson;
              drop();
              setNotes((old) => mergeNote(old ?? [], saved.id, saved));
              return resolve(true);
            } catch (err) {
              const later = retryLater(err);
              if (!later) {
                drop();
                setError((err as Error).message);
                return resolve(false);
              }
              mark(later.state);
              resolve(true);
              await later.wait();
              mark('saving');
            }
          }
        })();
      }),
    [documentId, me],
  );

  // A pending note disappears as soon as its saved self arrives, from the API or a room.
  const shown = useMemo(() => {
    if (!pending.length) return notes;
    const saved = new Set((notes ?? []).map((n) => n.id));
    return [...(notes ?? []), ...pending.filter((p) => !saved.has(p.id))];
  }, [notes, pending]);

  return {
    notes: shown,
    error,
    busy,
    actions,
    clearError: () => setError(''),
    create,
  };
}
