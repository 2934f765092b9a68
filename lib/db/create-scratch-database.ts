import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { checkDatabaseReachable } from './check-database-url';
import { startEmbeddedPostgres } from './start-embedded-postgres';

/** A throwaway database and the function that removes it. */
export interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, empty database for one test run or one schema diff: a new database on
 * the DATABASE_URL server when it is set, otherwise a new embedded cluster in a
 * temporary folder that is deleted afterwards.
 */
export async function createScratchDatabase(prefix = 'scholia_scratch'): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkDatabaseReachable(external);
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(external);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: external });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  // As root the cluster runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: name });
  return {
    url: db.url,
    drop: async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
