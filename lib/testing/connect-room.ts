import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { issueCollabToken } from '../collab/issue-collab-token';

/** A real Node Yjs client in one collab room, as a user the policy admits. */
export interface RoomClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  notes: () => Map<string, { id: string; bodyText: string; replies: { bodyText: string }[] }>;
  close: () => void;
}

// A provider on a socket of its own, destroyed with it; `maxAttempts` 1 gives up at once.
function ownProvider(options: {
  port: number;
  room: string;
  token: string | (() => Promise<string>);
  maxAttempts?: number;
  onSynced?: () => void;
  onAuthenticationFailed?: (data: { reason: string }) => void;
}) {
  const websocket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${options.port}`,
    WebSocketPolyfill: WebSocket,
    minDelay: 50,
    maxDelay: 500,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: websocket,
    name: options.room,
    document: new Y.Doc(),
    token: options.token,
    // The provider calls its handlers unchecked: pass only those given.
    ...(options.onSynced ? { onSynced: options.onSynced } : {}),
    ...(options.onAuthenticationFailed
      ? { onAuthenticationFailed: options.onAuthenticationFailed }
      : {}),
  });
  provider.attach();
  let destroyed = false;
  provider.on('destroy', () => {
    if (destroyed) return;
    destroyed = true;
    websocket.destroy();
  });
  return provider;
}

/**
 * A HocuspocusProvider (over its own `ws` socket) in `room` on the collab server at
 * `port`, as `userId`, with a fresh Y.Doc, that reconnects by itself and fetches a new
 * token for each connection, as the browser's does. Not yet synced when returned.
 */
export function openRoom(options: { port: number; room: string; userId: string }) {
  return ownProvider({
    ...options,
    token: async () => (await issueCollabToken({ id: options.userId }, options.room)).token,
  });
}

/**
 * Connects a HocuspocusProvider (over `ws`) to `room` on the collab server at `port`,
 * with a token issued for `userId` (or the given one), and resolves once synced;
 * rejects if authentication fails. It does not reconnect.
 */
export async function connectRoom(options: {
  port: number;
  room: string;
  userId: string;
  token?: string;
}): Promise<RoomClient> {
  const token =
    options.token ?? (await issueCollabToken({ id: options.userId }, options.room)).token;
  const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
    const p: HocuspocusProvider = ownProvider({
      port: options.port,
      room: options.room,
      token,
      maxAttempts: 1,
      onSynced: () => resolve(p),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    });
    setTimeout(() => reject(new Error(`no sync with ${options.room}`)), 10_000);
  });
  const doc = provider.document;
  return {
    provider,
    doc,
    notes: () =>
      new Map(
        [...doc.getMap<string>('notes').entries()].map(([id, json]) => [id, JSON.parse(json)]),
      ),
    close: () => provider.destroy(),
  };
}

/** Resolves when `check` passes, polling; fails with its last error after `ms`. */
export async function eventually(check: () => void | Promise<void>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
