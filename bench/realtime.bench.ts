/**
 * Real time: 50 and then 200 clients on one document, on loopback. One writer saves a
 * note 5 times a second (through createAnnotation, so through Postgres and NOTIFY);
 * every client moves its selection 10 times a second. For the collab server (its own
 * process, as `npm run collab` runs it) and, in the same run, a bare `ws` relay under
 * the same load: the time from a note's save to its arrival at each client (p50, p99),
 * server CPU per delivered message, and server memory per connection. Both servers are
 * left to settle (idle) after the clients join; the collab server first carries one
 * uncounted note, so its note path is warm, as it is after a server's first minute.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createAnnotation } from '../lib/annotations/create-annotation';
import { signCollabToken } from '../lib/collab/collab-token';
import { CHANGE_CHANNEL } from '../lib/collab/publish-change';
import { applyMigrations } from '../lib/db/apply-migrations';
import { createScratchDatabase } from '../lib/db/create-scratch-database';
import { getDb } from '../lib/db/prisma';
import { createDocument } from '../lib/documents/create-document';
import { findFreePort } from '../lib/net/find-free-port';
import { lightSocket } from './support/light-socket';
import { percentile } from './support/percentile';
import { processUsage } from './support/process-usage';
import { settle } from './support/settle';
import { spawnWsRelay } from './support/spawn-ws-relay';
import { spawnServer, type BenchServer } from './support/spawn-server';

const SIZES = [50, 200];
const NOTES_PER_SECOND = 5;
const SELECTION_HZ = 10;
const LOAD_SECONDS = 6;
const TEXT = 'The reading room was quiet. '.repeat(40);

interface Result {
  latencies: number[];
  delivered: number;
  cpuMs: number;
  memoryPerConnection: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the load phase: selections at 10 Hz from every client, notes at 5/s from `write`. */
async function load(
  server: BenchServer,
  moves: (() => void)[],
  write: (i: number) => Promise<void>,
): Promise<number> {
  const before = await processUsage(server.pid);
  const timers = moves.map((move, i) =>
    setTimeout(
      () => timers.push(setInterval(move, 1000 / SELECTION_HZ)),
      (i * 1000) / SELECTION_HZ / moves.length,
    ),
  );
  const notes = LOAD_SECONDS * NOTES_PER_SECOND;
  for (let i = 0; i < notes; i++) {
    const started = Date.now();
    await write(i);
    await sleep(Math.max(0, 1000 / NOTES_PER_SECOND - (Date.now() - started)));
  }
  timers.forEach((t) => clearInterval(t));
  await sleep(1000);
  return (await processUsage(server.pid)).cpuMs - before.cpuMs;
}

async function measureCollab(n: number, fixture: Fixture): Promise<Result> {
  const port = await findFreePort();
  const server = await spawnServer(
    'scripts/collab.ts',
    [],
    { ...process.env, COLLAB_PORT: String(port), REDIS_URL: '' },
    async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok,
  );
  // A note's commit time is when Postgres delivers its NOTIFY, heard here as the server hears it.
  const savedAt = new Map<string, number>();
  const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
  listener.on('notification', (msg) => {
    const change = JSON.parse(msg.payload ?? '{}') as { noteId?: string };
    if (change.noteId) savedAt.set(change.noteId, Date.now());
  });
  const arrivals: [string, number][] = [];
  let delivered = 0;
  const connect = async (userId: string) => {
    const socket = new HocuspocusProviderWebsocket({
      url: `ws://127.0.0.1:${port}`,
      WebSocketPolyfill: lightSocket((states) => (delivered += states)),
    });
    const join = (room: string) =>
      new Promise<HocuspocusProvider>((resolve) => {
        const p: HocuspocusProvider = new HocuspocusProvider({
          websocketProvider: socket,
          name: room,
          document: new Y.Doc(),
          token: signCollabToken({ sub: userId, doc: fixture.documentId, room }),
          onSynced: () => resolve(p),
        });
        p.attach();
      });
    const margin = await join(`margin.${fixture.documentId}.course`);
    const presence = await join(`presence.${fixture.documentId}`);
    margin.document.getMap<string>('notes').observe((event) => {
      const now = Date.now();
      for (const id of event.keysChanged) arrivals.push([id, now]);
      delivered += event.keysChanged.size;
    });
    return { socket, presence };
  };
  const write = (i: number) =>
    createAnnotation({
      actor: { id: fixture.writerId },
      documentId: fixture.documentId,
      input: {
        target: {
          // One sentence further on each time: 'The reading room was quiet. ' is 28 characters.
          selector: [{ type: 'TextPositionSelector', start: 28 * i + 4, end: 28 * i + 16 }],
        },
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `Note ${i}` }] }],
        },
        visibility: 'course',
        tags: [],
      },
    });
  // One reader and one note first, so rooms, the database pool and the note's path
  // through the server are warm before measuring; that note is not counted.
  const first = await connect(fixture.readers[0]!);
  const warm = await write(LOAD_SECONDS * NOTES_PER_SECOND);
  while (!arrivals.some(([id]) => id === warm.id)) await sleep(20);
  arrivals.length = 0;
  savedAt.clear();
  await sleep(500);
  const idle = await processUsage(server.pid);
  const clients = [first, ...(await Promise.all(fixture.readers.slice(1, n).map(connect)))];
  await sleep(1000);
  await settle(server.pid);
  const memoryPerConnection =
    ((await processUsage(server.pid)).peakRssBytes - idle.rssBytes) / (n - 1);
  const cpuMs = await load(
    server,
    clients.map(({ presence }) => () => {
      const start = Math.floor(Math.random() * 1000);
      presence.setAwarenessField('selection', { start, end: start + 12 });
    }),
    async (i) => {
      await write(i);
    },
  );
  await listener.end();
  for (const { socket } of clients) socket.destroy();
  await server.stop();
  const latencies = arrivals
    .filter(([id]) => savedAt.has(id))
    .map(([id, at]) => at - savedAt.get(id)!);
  return { latencies, delivered, cpuMs, memoryPerConnection };
}

async function measureRelay(n: number, noteJson: string): Promise<Result> {
  const port = await findFreePort();
  const server = await spawnWsRelay(port);
  const idle = await processUsage(server.pid);
  const latencies: number[] = [];
  let delivered = 0;
  const open = (ws: WebSocket) => new Promise((r) => ws.on('open', r));
  const clients = await Promise.all(
    Array.from({ length: n }, async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}`);
      const awareness = new Awareness(new Y.Doc());
      ws.on('message', (data: Buffer) => {
        delivered++;
        // As for the collab clients: awareness is counted, not decoded; notes are read.
        if (data[0] === 0) {
          const { sentAt } = JSON.parse(data.subarray(1).toString()) as { sentAt: number };
          latencies.push(Date.now() - sentAt);
        }
      });
      await open(ws);
      return { ws, awareness };
    }),
  );
  const writer = new WebSocket(`ws://127.0.0.1:${port}`);
  await open(writer);
  await sleep(1000);
  await settle(server.pid);
  const memoryPerConnection = ((await processUsage(server.pid)).peakRssBytes - idle.rssBytes) / n;
  const cpuMs = await load(
    server,
    clients.map(({ ws, awareness }) => () => {
      const start = Math.floor(Math.random() * 1000);
      awareness.setLocalStateField('selection', { start, end: start + 12 });
      const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
      ws.send(Buffer.concat([Buffer.from([1]), update]));
    }),
    async () => {
      const note = JSON.stringify({ note: noteJson, sentAt: Date.now() });
      writer.send(Buffer.concat([Buffer.from([0]), Buffer.from(note)]));
    },
  );
  for (const { ws } of clients) ws.close();
  writer.close();
  await server.stop();
  return { latencies, delivered, cpuMs, memoryPerConnection };
}

interface Fixture {
  documentId: string;
  writerId: string;
  readers: string[];
}

async function fixture(): Promise<Fixture> {
  const db = getDb();
  const stamp = Date.now().toString(36);
  const users = Array.from({ length: Math.max(...SIZES) + 1 }, (_, i) => ({
    email: `bench-${stamp}-${i}@bench.test`,
    name: `Reader ${i}`,
  }));
  await db.user.createMany({ data: users });
  const ids = (
    await db.user.findMany({
      where: { email: { in: users.map((u) => u.email) } },
      select: { id: true },
      orderBy: { email: 'asc' },
    })
  ).map((u) => u.id);
  const [writerId, ...readers] = ids as [string, ...string[]];
  const course = await db.course.create({
    data: {
      title: 'Bench course',
      memberships: {
        create: ids.map((userId, i) => ({ userId, role: i === 0 ? 'INSTRUCTOR' : 'STUDENT' })),
      },
    },
  });
  const content = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }],
  };
  const doc = await createDocument({
    ownerId: writerId,
    courseId: course.id,
    title: 'Bench',
    content,
    text: TEXT,
  });
  return { documentId: doc.id, writerId, readers };
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

export async function run() {
  process.env.NEXTAUTH_SECRET ??= 'realtime-bench-secret';
  const scratch = await createScratchDatabase('scholia_bench');
  try {
    await applyMigrations(scratch.url);
    process.env.DATABASE_URL = scratch.url;
    const fx = await fixture();
    const sample = await getDb().annotation.findFirst();
    const noteJson = JSON.stringify(sample ?? { body: TEXT.slice(0, 600) });
    const ratios: string[] = [];
    for (const n of SIZES) {
      const ours = await measureCollab(n, fx);
      const relay = await measureRelay(n, noteJson);
      const cpu = (r: Result) => (r.cpuMs / Math.max(1, r.delivered)) * 1000;
      const ratio = cpu(ours) / cpu(relay);
      for (const [name, r] of [
        ['collab server', ours],
        ['bare ws relay', relay],
      ] as const) {
        console.log(
          `${n} clients, ${name}: note p50 ${ms(percentile(r.latencies, 50))}, p99 ${ms(percentile(r.latencies, 99))} ` +
            `(${r.latencies.length} of ${n * LOAD_SECONDS * NOTES_PER_SECOND} arrivals); ${r.delivered} messages delivered, ${cpu(r).toFixed(1)} µs CPU each; ` +
            `${(r.memoryPerConnection / 1024).toFixed(0)} KiB per connection`,
        );
      }
      ratios.push(`${ratio.toFixed(2)}x at ${n} (p99 ${ms(percentile(ours.latencies, 99))})`);
    }
    console.log(
      `realtime: server CPU per delivered message vs a bare ws relay: ${ratios.join(', ')}`,
    );
  } finally {
    await getDb().$disconnect();
    await scratch.drop();
  }
}
