import type {
  connectedPayload,
  Extension,
  onDisconnectPayload,
  onListenPayload,
} from '@hocuspocus/server';
import type { CollabContext } from './collab-context';

/**
 * One line per event that matters when running the collab server: where it listens;
 * with `verbose` (COLLAB_LOG=debug) also every join and leave.
 */
export class LoggingExtension implements Extension {
  extensionName = 'logging';

  constructor(
    private readonly log: (line: string) => void,
    private readonly verbose = false,
  ) {}

  async onListen({ port }: onListenPayload) {
    this.log(`collab: listening on port ${port}`);
  }

  async connected({ documentName, context }: connectedPayload<CollabContext>) {
    if (!this.verbose) return;
    this.log(
      `collab: ${context.user.id} joined ${documentName}${context.readOnly ? ' (read-only)' : ''}`,
    );
  }

  async onDisconnect({ documentName, context, clientsCount }: onDisconnectPayload<CollabContext>) {
    if (!this.verbose) return;
    this.log(
      `collab: ${context?.user?.id ?? 'unauthenticated'} left ${documentName} (${clientsCount} left)`,
    );
  }
}
