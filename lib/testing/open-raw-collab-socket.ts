import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { writeSyncStep1 } from 'y-protocols/sync';
import * as Y from 'yjs';
import { signCollabToken } from '../collab/collab-token';
import { parseRoomName } from '../collab/room-name';
import { authFrame, collabFrame } from './collab-frame';

/** A bare `ws` socket to the collab server that speaks only the frames a test writes. */
export interface RawCollabSocket {
  ws: WebSocket;
  /** Resolves with the close code once the socket is closed, by either side. */
  closed: Promise<number>;
  isOpen: () => boolean;
  send: (frame: Uint8Array) => void;
  /**
   * Sends a sync step 1 for `room` (signed into) and resolves true once the server
   * answers it, so everything sent before was read, or false if the socket closes first.
   */
  probe: (room: string) => Promise<boolean>;
}

// The room and message type at the head of a frame from the server.
function head(data: Buffer): { room: string; type: number } | null {
  try {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    return { room: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) };
  } catch {
    return null;
  }
}

// Hocuspocus answers a token with [room, Auth (2), Authenticated (2) | PermissionDenied (1), ...].
function authReply(data: Buffer): { room: string; ok: boolean } | null {
  try {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const room = decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 2) return null;
    const kind = decoding.readVarUint(decoder);
    return kind === 2 || kind === 1 ? { room, ok: kind === 2 } : null;
  } catch {
    return null;
  }
}

/**
 * Opens a raw socket to the collab server at `port` and, when `rooms` are given, signs
 * into each with a token signed for `userId`, resolving once every room answered
 * Authenticated (rejecting if one is refused or the socket closes first).
 */
export async function openRawCollabSocket(options: {
  port: number;
  userId?: string;
  rooms?: readonly string[];
}): Promise<RawCollabSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${options.port}`);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('The collab server closed the socket at once.')));
  });
  const rooms = options.rooms ?? [];
  if (rooms.length) {
    const waiting = new Set(rooms);
    const signedIn = new Promise<void>((resolve, reject) => {
      const onMessage = (data: Buffer) => {
        const reply = authReply(data);
        if (!reply || !waiting.has(reply.room)) return;
        if (!reply.ok) reject(new Error(`refused: ${reply.room}`));
        waiting.delete(reply.room);
        if (waiting.size === 0) {
          ws.off('message', onMessage);
          resolve();
        }
      };
      ws.on('message', onMessage);
      void closed.then((code) => reject(new Error(`closed (${code}) before signing in`)));
    });
    // Signed here without asking the policy first: the server checks it anyway.
    for (const room of rooms) {
      const doc = parseRoomName(room)?.documentId ?? '';
      ws.send(authFrame(room, signCollabToken({ sub: options.userId!, doc, room })));
    }
    await signedIn;
  }
  return {
    ws,
    closed,
    isOpen: () => ws.readyState === WebSocket.OPEN,
    send: (frame) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    },
    probe: (room) =>
      new Promise<boolean>((resolve) => {
        if (ws.readyState !== WebSocket.OPEN) return resolve(false);
        const onMessage = (data: Buffer) => {
          const h = head(data);
          if (h?.room !== room || h.type !== 0) return;
          ws.off('message', onMessage);
          resolve(true);
        };
        ws.on('message', onMessage);
        void closed.then(() => {
          ws.off('message', onMessage);
          resolve(false);
        });
        ws.send(collabFrame(room, 0, (e) => writeSyncStep1(e, new Y.Doc())));
      }),
  };
}
