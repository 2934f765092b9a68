'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LiveSessionState } from '@/lib/live-sessions/live-session-state';
import { joinRoom } from './join-room';
import type { CollabSession } from './use-collab-session';

/** Someone else reading the document now, as the server vouches for them. */
export interface Peer {
  clientId: number;
  user: { id: string; name: string; color: string };
  /** Their selection, in canonical text offsets. */
  selection?: { start: number; end: number } | null;
  /** The note they are writing a reply to. */
  typing?: string | null;
  /** The passage they spotlight, leading a live session (the server passes only leaders'). */
  spotlight?: { start: number; end: number; at: number } | null;
}

// Selections go out at most ten times a second, the last one always.
const SELECTION_INTERVAL_MS = 100;

/**
 * Presence in a document's presence room: who else is here (their identity stamped by
 * the server, never taken from the client), their selections, what they are replying
 * to and a leader's spotlight; this reader's own, sent as they change; and the live
 * session running on the document, as the server writes it into the room.
 */
export function usePresence(session: CollabSession | null) {
  const [peers, setPeers] = useState<Peer[]>([]);
  const [live, setLive] = useState<LiveSessionState | null>(null);
  const provider = useRef<HocuspocusProvider | null>(null);
  const nextSelection = useRef<Peer['selection'] | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!session) return;
    const p = joinRoom(session.socket, session.rooms.presence);
    provider.current = p;
    const awareness = p.awareness!;
    // An untouched awareness state is never passed on by Yjs; saying something announces us.
    p.setAwarenessField('selection', null);
    const update = () =>
      setPeers(
        [...awareness.getStates()]
          .filter(([id, state]) => id !== awareness.clientID && state.user)
          .map(([clientId, state]) => ({ clientId, ...state }) as Peer),
      );
    awareness.on('change', update);
    const sessionMap = p.document.getMap<string>('session');
    const read = () => {
      const json = sessionMap.get('state');
      setLive(json ? (JSON.parse(json) as LiveSessionState) : null);
    };
    sessionMap.observe(read);
    return () => {
      sessionMap.unobserve(read);
      awareness.off('change', update);
      if (timer.current) clearTimeout(timer.current);
      provider.current = null;
      p.destroy();
    };
  }, [session]);

  const setSelection = useCallback((selection: Peer['selection']) => {
    nextSelection.current = selection;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      provider.current?.setAwarenessField('selection', nextSelection.current ?? null);
    }, SELECTION_INTERVAL_MS);
  }, []);

  const setSpotlight = useCallback((range: { start: number; end: number } | null) => {
    provider.current?.setAwarenessField('spotlight', range && { ...range, at: Date.now() });
  }, []);

  const setTyping = useCallback((noteId: string, writing: boolean) => {
    provider.current?.setAwarenessField('typing', writing ? noteId : null);
  }, []);

  // "Ana is replying…": for each note, who is writing a reply on it.
  const replyingOn = useMemo(() => {
    const names: Record<string, string[]> = {};
    for (const p of peers) if (p.typing) (names[p.typing] ??= []).push(p.user.name);
    return Object.fromEntries(Object.entries(names).map(([id, n]) => [id, n.join(' and ')]));
  }, [peers]);

  return { peers, live, replyingOn, setSelection, setTyping, setSpotlight };
}
