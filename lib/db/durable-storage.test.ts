import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startDatabase } from './start-database';

let root = '';
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

async function setting(url: string, name: 'fsync' | 'synchronous_commit'): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(`SHOW ${name}`);
    return rows[0]![name]!;
  } finally {
    await client.end();
  }
}

describe('the database npm start runs by default', () => {
  it('flushes every commit to disk: fsync and synchronous_commit are on', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'scholia-durable-'));
    await chmod(root, 0o755);
    // The launcher's default path: no DATABASE_URL, so the embedded cluster in the data folder.
    const external = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    const db = await startDatabase({ dataDir: root }).finally(() => {
      process.env.DATABASE_URL = external;
    });
    try {
      expect(db.embedded).toBe(true);
      expect(await setting(db.url, 'fsync')).toBe('on');
      expect(await setting(db.url, 'synchronous_commit')).toBe('on');
    } finally {
      await db.stop();
    }
  });
});
