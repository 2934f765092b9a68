'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useRef } from 'react';
import type { NoteJson } from '@/components/margin/note-json';
import { joinRoom } from './join-room';
import type { CollabSession } from './use-collab-session';

/** What the margin rooms report: the whole list once synced, then one note at a time. */
export interface LiveNoteHandlers {
  onReset: (notes: NoteJson[]) => void;
  onNote: (id: string, note: NoteJson | null) => void;
}

/**
 * Follows the reader's margin rooms (their audience's, then their own, which overrides
 * it): once every room has synced it hands over the full list, then each note as it
 * changes. A room rebuilt by the server (a new `meta.epoch`, after a restart) is
 * joined afresh, so nothing stale or doubled survives a reconnect.
 */
export function useLiveNotes(session: CollabSession | null, handlers: LiveNoteHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!session) return;
    const rooms = session.rooms.margin;
    const parsed = rooms.map(() => new Map<string, { json: string; note: NoteJson }>());
    const providers: HocuspocusProvider[] = [];
    const epochs: (string | undefined)[] = [];
    const synced = rooms.map(() => false);

    const effective = (id: string) => {
      for (let i = rooms.length - 1; i >= 0; i--) {
        const entry = parsed[i]!.get(id);
        if (entry) return entry.note;
      }
      return null;
    };
    const reset = () => {
      if (!synced.every(Boolean)) return;
      const ids = new Set(parsed.flatMap((m) => [...m.keys()]));
      latest.current.onReset([...ids].map((id) => effective(id)!));
    };
    const read = (i: number, keys: Iterable<string>, quiet = false) => {
      const map = providers[i]!.document.getMap<string>('notes');
      const changed: string[] = [];
      for (const id of keys) {
        const json = map.get(id);
        if (parsed[i]!.get(id)?.json === json) continue;
        if (json === undefined) parsed[i]!.delete(id);
        else parsed[i]!.set(id, { json, note: JSON.parse(json) as NoteJson });
        changed.push(id);
      }
      if (!quiet && synced.every(Boolean))
        for (const id of changed) latest.current.onNote(id, effective(id));
    };
    const open = (i: number) => {
      const provider = joinRoom(session.socket, rooms[i]!);
      providers[i] = provider;
      const notes = provider.document.getMap<string>('notes');
      notes.observe((event) => read(i, event.keysChanged));
      provider.on('synced', () => {
        const epoch = provider.document.getMap<string>('meta').get('epoch');
        if (epochs[i] !== undefined && epoch !== epochs[i]) {
          // The server rebuilt this room: start over from its state alone.
          provider.destroy();
          epochs[i] = undefined;
          synced[i] = false;
          parsed[i] = new Map();
          open(i);
          return;
        }
        epochs[i] = epoch;
        const first = !synced[i];
        synced[i] = true;
        // After the first sync the whole list goes at once; after a reconnect, what changed.
        read(i, [...notes.keys(), ...parsed[i]!.keys()], first);
        if (first) reset();
      });
    };
    rooms.forEach((_, i) => open(i));
    return () => providers.forEach((p) => p.destroy());
  }, [session]);
}
