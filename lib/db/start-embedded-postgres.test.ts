import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './start-embedded-postgres';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'scholia-embedded-'));
  await chmod(root, 0o755);
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('startEmbeddedPostgres', () => {
  it('attaches to a cluster a live process owns, and leaves stopping it to that process', async () => {
    const dataDir = path.join(root, 'shared');
    const owner = await startEmbeddedPostgres({ dataDir, database: 'app' });
    const visitor = await startEmbeddedPostgres({ dataDir, database: 'app' });
    expect(visitor.url).toBe(owner.url);
    await visitor.stop();
    expect(await answers(owner.url)).toBe(true);
    await owner.stop();
    expect(await answers(owner.url)).toBe(false);
  });

  it('stops a cluster whose owner died, then starts afresh on the same data', async () => {
    const dataDir = path.join(root, 'orphan');
    const first = await startEmbeddedPostgres({ dataDir, database: 'app' });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await client.end();
    // Pretend the owning launcher was SIGKILLed: a pid that is certainly not running.
    await writeFile(`${dataDir}.owner.pid`, '2147483646');

    const second = await startEmbeddedPostgres({ dataDir, database: 'app' });
    expect(second.url).not.toBe(first.url);
    expect(await answers(first.url)).toBe(false);
    const check = new pg.Client({ connectionString: second.url });
    await check.connect();
    expect((await check.query('SELECT note FROM kept')).rows).toEqual([{ note: 'still here' }]);
    await check.end();
    await second.stop();
  });
});
