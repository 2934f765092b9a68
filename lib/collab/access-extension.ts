import type { Connection, Extension, Hocuspocus, onConfigurePayload } from '@hocuspocus/server';
import { authorizeRoom } from './authorize-room';
import type { ChangeListener } from './change-listener';
import type { CollabContext } from './collab-context';
import type { CollabChange } from './publish-change';

/** Close code sent to a socket whose user lost access to its room. */
export const ACCESS_REVOKED = { code: 4403, reason: 'Access revoked' };

/**
 * Keeps open sockets inside the policy after they connected: when a user's place in a
 * course changes, a document moves or is deleted, or a notebook is locked, the
 * connections concerned are checked again with `authorizeRoom`. Those refused are
 * closed; the rest get their new read-only flag (and notebook clients are told).
 */
export class AccessExtension implements Extension {
  extensionName = 'access';
  private instance: Hocuspocus | null = null;

  constructor(listener: ChangeListener) {
    listener.on((change) => {
      if (change.type !== 'note' && change.type !== 'resync' && change.type !== 'live-session')
        void this.recheck(change);
    });
  }

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance;
  }

  private concerns(
    change: Exclude<CollabChange, { type: 'note' | 'live-session' }>,
    context: CollabContext,
  ) {
    if (change.type === 'access')
      return context.user.id === change.userId && context.courseId === change.courseId;
    if (change.type === 'notebook-lock')
      return context.room.kind === 'notebook' && context.documentId === change.documentId;
    return context.documentId === change.documentId;
  }

  private async recheck(change: Exclude<CollabChange, { type: 'note' | 'live-session' }>) {
    const checks: Promise<void>[] = [];
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.getConnections() as Connection<CollabContext>[]) {
        const context = connection.context;
        if (context?.user && this.concerns(change, context)) checks.push(this.check(connection));
      }
      if (change.type === 'notebook-lock' && document.name === `notebook.${change.documentId}`)
        document.broadcastStateless(JSON.stringify({ type: 'lock-changed' }));
    }
    await Promise.all(checks);
  }

  private async check(connection: Connection<CollabContext>) {
    try {
      const grant = await authorizeRoom(connection.context.user.id, connection.context.room);
      connection.readOnly = grant.readOnly;
    } catch {
      connection.close(ACCESS_REVOKED);
    }
  }
}
