import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { expect, test } from '@playwright/test';
import { createApiToken } from '../lib/api-tokens/create-api-token';
import { applyMigrations } from '../lib/db/apply-migrations';
import { createScratchDatabase, type ScratchDatabase } from '../lib/db/create-scratch-database';
import { getDb } from '../lib/db/prisma';
import { findFreePort } from '../lib/net/find-free-port';
import { eventually, openRoom } from '../lib/testing/connect-room';
import { makeCourseWithDocuments, paragraphDoc } from '../lib/testing/make-course';
import { startAppProcesses, type AppProcesses } from '../lib/testing/start-app-processes';

const CLIENTS = 20;
const ROUNDS = 2;
const TEXT = 'The ledger was copied by hand, and every copy differed from the last.';
const root = process.cwd();

/** One simulated reader: an API token, a live margin room, and an outbox of notes. */
interface Client {
  userId: string;
  secret: string;
  room: HocuspocusProvider;
  /** Notes sent but not acknowledged: retried, with the same id, until they are. */
  outbox: string[];
  acked: Set<string>;
  /** Acknowledged since the last restart. */
  ackedAfterRestart: number;
}

let scratch: ScratchDatabase | undefined;
let app: AppProcesses | undefined;
const clients: Client[] = [];

test.afterAll(async () => {
  for (const c of clients) c.room.destroy();
  await app?.kill();
  if (!scratch) return;
  await getDb().$disconnect();
  await scratch.drop();
});

test('SIGKILL of the web and collab servers, twice, during writes from 20 clients loses and doubles nothing', async () => {
  test.setTimeout(300_000);
  expect(existsSync(path.join(root, '.next', 'BUILD_ID')), 'needs the production build').toBe(true);
  const secret = randomBytes(32).toString('base64url');
  // This process signs collab tokens and seeds data, on the servers' secret and database.
  process.env.NEXTAUTH_SECRET = secret;
  scratch = await createScratchDatabase('scholia_crash');
  await applyMigrations(scratch.url);
  process.env.DATABASE_URL = scratch.url;
  const ports = { webPort: await findFreePort(), collabPort: await findFreePort() };
  const start = () => startAppProcesses({ root, databaseUrl: scratch!.url, secret, ...ports });
  app = await start();
  const base = `http://127.0.0.1:${ports.webPort}`;

  const roles: Record<string, 'STUDENT' | 'INSTRUCTOR'> = { teacher: 'INSTRUCTOR' };
  for (let i = 0; i < CLIENTS; i++) roles[`s${i}`] = 'STUDENT';
  const {
    course,
    documentIds: [documentId],
  } = await makeCourseWithDocuments(roles, TEXT, ['Crash recovery']);
  const room = `margin.${documentId}.course`;
  for (let i = 0; i < CLIENTS; i++) {
    const userId = course.users[`s${i}`]!.id;
    clients.push({
      userId,
      secret: (await createApiToken({ userId, name: 'crash' })).secret,
      room: openRoom({ port: ports.collabPort, room, userId }),
      outbox: [],
      acked: new Set(),
      ackedAfterRestart: 0,
    });
  }
  await eventually(() => {
    for (const c of clients) expect(c.room.isSynced).toBe(true);
  }, 30_000);

  const statuses = new Map<string, number>();
  const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const textOf = (id: string) => `Note ${id}`;
  // A create with a client-chosen id; true only on a 2xx that names that note.
  let inFlightNow = 0;
  const post = async (c: Client, id: string) => {
    inFlightNow++;
    try {
      const res = await fetch(`${base}/api/v1/documents/${documentId}/annotations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          id,
          target: { selector: [{ type: 'TextQuoteSelector', exact: 'copied by hand' }] },
          body: paragraphDoc(textOf(id)),
          visibility: 'course',
        }),
        signal: AbortSignal.timeout(20_000),
      });
      count(String(res.status));
      const body = (await res.json().catch(() => null)) as { id?: string } | null;
      return res.ok && body?.id === id;
    } catch {
      count('no answer');
      return false;
    } finally {
      inFlightNow--;
    }
  };
  let writing = true;
  // After writing stops, a note still unanswered after this many more tries counts as lost.
  const FINAL_TRIES = 40;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // Like the reader: the oldest unacknowledged note is sent again before any new one.
  const writer = async (c: Client) => {
    for (let finalTries = 0; finalTries < FINAL_TRIES;) {
      if (!writing && !c.outbox.length) return;
      if (!writing) finalTries++;
      if (!c.outbox.length) c.outbox.push(`c${randomBytes(12).toString('hex')}`);
      const id = c.outbox[0]!;
      if (await post(c, id)) {
        c.outbox.shift();
        c.acked.add(id);
        c.ackedAfterRestart++;
        await sleep(300);
      } else await sleep(500);
    }
  };
  const writers = clients.map(writer);
  const acked = () => clients.reduce((n, c) => n + c.acked.size, 0);
  await expect.poll(acked, { timeout: 60_000 }).toBeGreaterThanOrEqual(3 * CLIENTS);

  const crashes: { ackedBefore: number; inFlight: number; committedUnacked: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Killed while several creates are in flight: some committed but unanswered.
    await expect
      .poll(() => inFlightNow, { timeout: 30_000, intervals: [2] })
      .toBeGreaterThanOrEqual(4);
    await app.kill('SIGKILL');
    const inFlight = clients.flatMap((c) => c.outbox);
    crashes.push({
      ackedBefore: acked(),
      inFlight: inFlight.length,
      committedUnacked: await getDb().annotation.count({ where: { id: { in: inFlight } } }),
    });
    await sleep(1000);
    for (const c of clients) c.ackedAfterRestart = 0;
    app = await start();
    // Every client writes again through the restarted servers.
    await expect
      .poll(() => Math.min(...clients.map((c) => c.ackedAfterRestart)), { timeout: 90_000 })
      .toBeGreaterThanOrEqual(3);
  }
  writing = false;
  await Promise.all(writers);
  expect(
    clients.flatMap((c) => c.outbox),
    'notes never acknowledged',
  ).toEqual([]);

  const all = clients.flatMap((c) => [...c.acked]).sort();
  console.log(
    `crash recovery: ${JSON.stringify(crashes)}, ${all.length} notes acknowledged in all; ` +
      `answers ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  expect(statuses.get('no answer') ?? 0).toBeGreaterThan(0);

  // Every acknowledged note is stored once, with its own text, and nothing else is.
  const rows = await getDb().annotation.findMany({
    where: { documentId },
    select: { id: true, bodyText: true },
  });
  expect(rows.map((r) => r.id).sort()).toEqual(all);
  for (const row of rows) expect(row.bodyText).toBe(textOf(row.id));
  expect(new Set(rows.map((r) => r.bodyText)).size).toBe(rows.length);

  // The restarted web server lists the same notes.
  const listed = await fetch(`${base}/api/v1/documents/${documentId}/annotations`, {
    headers: { authorization: `Bearer ${clients[0]!.secret}` },
  });
  expect(listed.status).toBe(200);
  const { items } = (await listed.json()) as { items: { id: string }[] };
  expect(items.map((n) => n.id).sort()).toEqual(all);

  // Every client's margin room, reconnected to the restarted collab server, holds them too.
  await eventually(() => {
    for (const c of clients) {
      const notes = c.room.document.getMap<string>('notes');
      expect([...notes.keys()].sort()).toEqual(all);
      for (const [id, json] of notes) expect(JSON.parse(json).bodyText).toBe(textOf(id));
    }
  }, 60_000);
});
