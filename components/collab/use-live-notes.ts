'use client';

import { useEffect, useRef } from 'react';
import { followMarginRooms, type MarginFeedHandlers } from './follow-margin-rooms';
import { joinRoom } from './join-room';
import type { CollabSession } from './use-collab-session';

/** Keeps a reader's notes live from their margin rooms while `session` is open. */
export function useLiveNotes(session: CollabSession | null, handlers: MarginFeedHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!session) return;
    return followMarginRooms(session.rooms.margin, (room) => joinRoom(session.socket, room), {
      onReset: (notes) => latest.current.onReset(notes),
      onNote: (id, note) => latest.current.onNote(id, note),
    });
  }, [session]);
}
