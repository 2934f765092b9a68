'use client';

import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';

/** The rooms a reader joins on a document, as GET /api/v1/documents/:id/collab lists them. */
export interface CollabRooms {
  url: string;
  margin: string[];
  presence: string;
  notebook: { room: string; locked: boolean; canWrite: boolean; canLock: boolean } | null;
}

/** A reader's live connection: one WebSocket carrying all its rooms, and its state. */
export interface CollabSession {
  rooms: CollabRooms;
  socket: HocuspocusProviderWebsocket;
}

/** Connection state shown to the reader. */
export type CollabStatus = 'connecting' | 'connected' | 'disconnected' | 'unavailable';

/** Fetches a fresh short-lived token for a room; providers call it on every (re)connect. */
export async function fetchRoomToken(room: string): Promise<string> {
  const res = await fetch(`/api/v1/collab/token?room=${encodeURIComponent(room)}`, {
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`No token for ${room} (HTTP ${res.status}).`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * Opens the collab connection for a document: asks the web app where the collab
 * server is and which rooms this reader has, then keeps one WebSocket to it, which
 * reconnects by itself after a drop or a server restart.
 */
export function useCollabSession(documentId: string) {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [status, setStatus] = useState<CollabStatus>('connecting');

  useEffect(() => {
    let socket: HocuspocusProviderWebsocket | null = null;
    let live = true;
    fetch(`/api/v1/documents/${documentId}/collab`, { cache: 'no-store' })
      .then((res) => (res.ok ? (res.json() as Promise<CollabRooms>) : Promise.reject()))
      .then((rooms) => {
        if (!live) return;
        socket = new HocuspocusProviderWebsocket({ url: rooms.url, maxDelay: 5000 });
        socket.on('status', ({ status: s }: { status: string }) =>
          setStatus(
            s === 'connected' ? 'connected' : s === 'connecting' ? 'connecting' : 'disconnected',
          ),
        );
        setSession({ rooms, socket });
      })
      .catch(() => live && setStatus('unavailable'));
    return () => {
      live = false;
      socket?.destroy();
    };
  }, [documentId]);

  return { session, status };
}
