import pg from 'pg';
import { CHANGE_CHANNEL, type CollabChange } from './publish-change';

type Handler = (change: CollabChange | { type: 'resync' }) => void;

/**
 * One LISTEN connection to Postgres for a collab instance, handing each committed
 * change to the handlers. If the connection drops it reconnects and emits `resync`,
 * since notices sent meanwhile are lost: rooms then rebuild from the rows.
 */
export class ChangeListener {
  private client: pg.Client | null = null;
  private handlers: Handler[] = [];
  private stopped = false;

  constructor(private readonly databaseUrl: string) {}

  /** Calls `handler` for every change from now on. */
  on(handler: Handler): void {
    this.handlers.push(handler);
  }

  /** Connects and listens; resolves once listening. */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANGE_CHANNEL || !msg.payload) return;
      try {
        this.emit(JSON.parse(msg.payload) as CollabChange);
      } catch (error) {
        console.error('collab: ignored a malformed change notice', error);
      }
    });
    client.on('error', () => void this.reconnect(client));
    client.on('end', () => void this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    this.client = client;
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => {});
  }

  private emit(change: CollabChange | { type: 'resync' }) {
    for (const handler of this.handlers) handler(change);
  }

  private async reconnect(dead: pg.Client) {
    if (this.stopped || this.client !== dead) return;
    this.client = null;
    dead.removeAllListeners();
    for (let delay = 250; !this.stopped; delay = Math.min(delay * 2, 5000)) {
      await new Promise((r) => setTimeout(r, delay));
      try {
        await this.start();
        this.emit({ type: 'resync' });
        return;
      } catch {
        // Postgres is still away; try again after a longer pause.
      }
    }
  }
}
