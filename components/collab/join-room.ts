import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { fetchRoomToken } from './use-collab-session';

/** Joins one room over the shared socket, with a fresh Y.Doc and a token fetched per connect. */
export function joinRoom(socket: HocuspocusProviderWebsocket, room: string): HocuspocusProvider {
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: new Y.Doc(),
    token: () => fetchRoomToken(room),
  });
  provider.attach();
  return provider;
}
