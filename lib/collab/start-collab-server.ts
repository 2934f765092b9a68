import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import type { AddressInfo } from 'node:net';
import { AccessExtension } from './access-extension';
import { AuthenticationExtension } from './authentication-extension';
import { ChangeListener } from './change-listener';
import { LiveSessionExtension } from './live-session-extension';
import {
  LimitsExtension,
  collabLimitsFromEnv,
  unauthenticatedLimits,
  type CollabLimits,
} from './limits-extension';
import { LoggingExtension } from './logging-extension';
import { MarginProjectionExtension } from './margin-projection-extension';
import { NotebookPersistenceExtension } from './notebook-persistence-extension';
import { PresenceExtension } from './presence-extension';

/** How to run a collab server; everything but the database has a default. */
export interface CollabServerOptions {
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Browser origins allowed to connect (the web app's). */
  allowedOrigins: readonly string[];
  /** Joins other instances through Redis when set. */
  redisUrl?: string;
  limits?: CollabLimits;
  log?: (line: string) => void;
}

/** A running collab server. */
export interface CollabServer {
  port: number;
  /** Stores pending notebook edits, closes every socket and stops listening. */
  stop: () => Promise<void>;
}

function redisExtension(redisUrl: string): Extension {
  const url = new URL(redisUrl);
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    options: {
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      db: Number(url.pathname.slice(1) || 0),
    },
  });
}

/**
 * Starts Hocuspocus with one extension per concern: limits, authentication, margin
 * projection, access re-checks, presence, live sessions, notebook persistence and logging (plus
 * Redis when REDIS_URL is set), all fed by one LISTEN connection to Postgres.
 */
export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const limits = options.limits ?? collabLimitsFromEnv();
  const listener = new ChangeListener(options.databaseUrl);
  await listener.start();
  const server = new Server({
    name: 'scholia-collab',
    port: options.port,
    address: options.host ?? '0.0.0.0',
    quiet: true,
    stopOnSignals: false,
    // Notebook edits reach Postgres at most 2 s after they are made.
    debounce: 1000,
    maxDebounce: 2000,
    websocketOptions: { maxPayload: limits.maxFrameBytes },
    ...unauthenticatedLimits(limits),
    extensions: [
      new LimitsExtension(limits),
      new AuthenticationExtension(options.allowedOrigins),
      new MarginProjectionExtension(listener),
      new AccessExtension(listener),
      new PresenceExtension(),
      new LiveSessionExtension(listener),
      new NotebookPersistenceExtension(),
      new LoggingExtension(log, process.env.COLLAB_LOG === 'debug'),
      ...(options.redisUrl ? [redisExtension(options.redisUrl)] : []),
    ],
    async onRequest({ request, response }) {
      if (request.url !== '/health') return;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      // An empty rejection tells Hocuspocus the response is sent.
      throw undefined;
    },
  });
  await server.listen();
  const port = (server.httpServer.address() as AddressInfo).port;
  return {
    port,
    stop: async () => {
      await server.destroy();
      await listener.stop();
    },
  };
}
