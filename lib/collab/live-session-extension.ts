import type {
  connectedPayload,
  Document,
  Extension,
  Hocuspocus,
  onConfigurePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import { liveSessionState } from '../live-sessions/live-session-state';
import { recordParticipants } from '../live-sessions/record-participants';
import type { ChangeListener } from './change-listener';
import type { CollabContext } from './collab-context';
import { SERVER_ORIGIN } from './server-origin';
import { parseRoomName } from './room-name';

/**
 * Carries a document's live session as server state in its presence room: a Y.Map
 * `session` whose `state` is the session's JSON (leader, reveal) or absent, written
 * only by the server and rewritten when a session starts, reveals or ends. Everyone in
 * the room while a session runs is recorded as taking part.
 */
export class LiveSessionExtension implements Extension {
  extensionName = 'live-session';
  private instance: Hocuspocus | null = null;

  constructor(listener: ChangeListener) {
    listener.on((change) => {
      if (change.type === 'live-session') void this.refresh((id) => id === change.documentId);
      if (change.type === 'resync') void this.refresh(() => true);
    });
  }

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance;
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
    const room = parseRoomName(documentName);
    if (room?.kind === 'presence') await this.write(document, room.documentId);
  }

  async connected({ documentName, instance, context }: connectedPayload<CollabContext>) {
    if (parseRoomName(documentName)?.kind !== 'presence' || !context?.user) return;
    const state = this.stateOf(instance.documents.get(documentName));
    if (state) await recordParticipants(state.id, [context.user.id]);
  }

  private stateOf(document: Document | undefined): { id: string } | null {
    const json = document?.getMap<string>('session').get('state');
    return json ? (JSON.parse(json) as { id: string }) : null;
  }

  private async refresh(documentFilter: (documentId: string) => boolean) {
    const writes: Promise<void>[] = [];
    for (const [name, document] of this.instance?.documents ?? []) {
      const room = parseRoomName(name);
      if (room?.kind === 'presence' && documentFilter(room.documentId))
        writes.push(this.write(document, room.documentId, true));
    }
    await Promise.all(writes).catch((error: unknown) =>
      console.error('collab: could not refresh a live session', error),
    );
  }

  private async write(document: Document, documentId: string, present = false) {
    const state = await liveSessionState(documentId);
    const json = state ? JSON.stringify(state) : null;
    const map = document.getMap<string>('session');
    if ((map.get('state') ?? null) !== json)
      document.transact(() => (json ? map.set('state', json) : map.delete('state')), SERVER_ORIGIN);
    if (present && state) {
      const users = (document.getConnections() as { context: CollabContext }[])
        .map((c) => c.context?.user?.id)
        .filter((id): id is string => !!id);
      await recordParticipants(state.id, users);
    }
  }
}
