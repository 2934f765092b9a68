import type {
  afterLoadDocumentPayload,
  beforeHandleAwarenessPayload,
  Extension,
  onDisconnectPayload,
} from '@hocuspocus/server';
import type { CollabContext } from './collab-context';
import { parseRoomName } from './room-name';

/**
 * How long a presence room gathers selection moves before sending them: each reader
 * then gets one message per window with everyone's latest state, not one per move
 * (with 200 readers at 10 Hz, 20 messages a second instead of 2,000).
 */
export const PRESENCE_FLUSH_MS = 50;

/** The awareness fields a client may set; anything else is dropped. */
const FIELDS = ['selection', 'typing', 'spotlight', 'cursor'] as const;

/**
 * Awareness a client cannot forge: each socket owns the first Yjs client id it speaks
 * for in a room, and states for any other id (someone else's, or a made-up second one)
 * are dropped; every state it sends is stamped with the identity its token proved
 * (a pseudonym where the document is anonymous to peers), whatever name or colour it
 * claimed, and keeps only the known fields (a spotlight only
 * from someone who may lead a live session there). Presence rooms
 * batch what they send (PRESENCE_FLUSH_MS).
 */
export class PresenceExtension implements Extension {
  extensionName = 'presence';
  // room → Yjs client id → the socket that owns it, and room → socket → its client id.
  private owners = new Map<string, Map<number, string>>();
  private claims = new Map<string, Map<string, number>>();

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload) {
    if (parseRoomName(documentName)?.kind === 'presence') document.flushDelay = PRESENCE_FLUSH_MS;
  }

  async beforeHandleAwareness({
    states,
    documentName,
    connection,
  }: beforeHandleAwarenessPayload<CollabContext>) {
    const context = connection?.context;
    if (!connection || !context?.user) return;
    // Hocuspocus decodes the update into a scratch Awareness whose own empty state comes
    // first in the map; it is nobody's, so it is not passed on.
    const [scratch] = states;
    if (scratch && Object.keys(scratch[1]).length === 0) states.delete(scratch[0]);
    const first = states.keys().next().value;
    let owners = this.owners.get(documentName);
    if (!owners) this.owners.set(documentName, (owners = new Map()));
    let claims = this.claims.get(documentName);
    if (!claims) this.claims.set(documentName, (claims = new Map()));
    const mine = claims.get(connection.socketId);
    for (const [clientId, state] of states) {
      const owner = owners.get(clientId);
      const claimable = owner === undefined && mine === undefined;
      if (owner !== connection.socketId && !(claimable && clientId === first)) {
        states.delete(clientId);
        continue;
      }
      owners.set(clientId, connection.socketId);
      claims.set(connection.socketId, clientId);
      const clean: Record<string, unknown> = {
        user: { ...context.shownAs, color: context.color },
      };
      for (const field of FIELDS)
        if (field in state && (field !== 'spotlight' || context.canLead))
          clean[field] = state[field];
      states.set(clientId, clean);
    }
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload) {
    const owners = this.owners.get(documentName);
    const claims = this.claims.get(documentName);
    const clientId = claims?.get(socketId);
    if (!owners || !claims || clientId === undefined) return;
    owners.delete(clientId);
    claims.delete(socketId);
    if (!claims.size) {
      this.owners.delete(documentName);
      this.claims.delete(documentName);
    }
  }
}
