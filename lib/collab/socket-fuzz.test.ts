import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeVarUint8Array } from 'lib0/encoding';
import { writeSyncStep1 } from 'y-protocols/sync';
import * as Y from 'yjs';
import { getDb } from '../db/prisma';
import { authFrame, collabFrame } from '../testing/collab-frame';
import { collabFrameArbitrary } from '../testing/collab-frame-arbitrary';
import { connectRoom, eventually, type RoomClient } from '../testing/connect-room';
import { makeCourse, makeCourseWithDocuments } from '../testing/make-course';
import { memoryAfterGcMb } from '../testing/memory-after-gc-mb';
import { openRawCollabSocket, type RawCollabSocket } from '../testing/open-raw-collab-socket';
import { postCourseNote } from '../testing/post-course-note';
import { issueCollabToken } from './issue-collab-token';
import { collabLimitsFromEnv } from './limits-extension';
import { startCollabServer, type CollabServer } from './start-collab-server';

const TEXT = 'The archive burned twice, and each time the catalogue survived.';
const FRAMES = 10_000;
const BATCH = 125;
const limits = collabLimitsFromEnv({});

let server: CollabServer;
let course: Awaited<ReturnType<typeof makeCourse<'teacher' | 'ana' | 'ben' | 'cleo'>>>;
let documentId: string;
let otherDocumentId: string;
let ben: RoomClient;
let cleo: RoomClient;
const open: RoomClient[] = [];
const crashes: unknown[] = [];
// Sockets of the readers looking on that the server closed: there must be none.
let bystanderCloses = 0;
const onCrash = (error: unknown) => crashes.push(error);
// Hocuspocus logs every frame it refuses; counted here instead of flooding the output.
const logged = { error: 0, warn: 0 };
const consoleBefore = { error: console.error, warn: console.warn };

const margin = () => `margin.${documentId}.course`;
const fuzzRooms = () => [margin(), `presence.${documentId}`, `notebook.${documentId}`];

async function join(room: string, userId: string) {
  const client = await connectRoom({ port: server.port, room, userId });
  open.push(client);
  return client;
}

async function health() {
  const res = await fetch(`http://127.0.0.1:${server.port}/health`);
  return { status: res.status, body: await res.json() };
}

let probes = 0;
/** A note in each watched room reaches its watcher live, and /health answers. */
async function stillLive() {
  probes++;
  const here = await postCourseNote(course.users.teacher.id, documentId, 'archive', `p${probes}`);
  const there = await postCourseNote(
    course.users.teacher.id,
    otherDocumentId,
    'archive',
    `q${probes}`,
  );
  await eventually(() => {
    expect(ben.notes().get(here.id)?.bodyText).toBe(`p${probes}`);
    expect(cleo.notes().get(there.id)?.bodyText).toBe(`q${probes}`);
  }, 10_000);
  expect(await health()).toEqual({ status: 200, body: { ok: true } });
}

/** The course notes of a document as the database holds them: id → text. */
async function visibleNotes(docId: string) {
  const rows = await getDb().annotation.findMany({
    where: { documentId: docId, visibility: 'COURSE', hiddenAt: null, deletedAt: null },
    select: { id: true, bodyText: true },
  });
  return new Map(rows.map((r) => [r.id, r.bodyText]));
}

const texts = (client: RoomClient) =>
  new Map([...client.notes()].map(([id, note]) => [id, note.bodyText]));

beforeAll(async () => {
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  console.error = () => void logged.error++;
  console.warn = () => void logged.warn++;
  ({
    course,
    documentIds: [documentId, otherDocumentId],
  } = await makeCourseWithDocuments(
    { teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT', cleo: 'STUDENT' },
    TEXT,
    ['Fuzzed', 'Bystander'],
  ));
  server = await startCollabServer({
    databaseUrl: process.env.DATABASE_URL!,
    port: 0,
    allowedOrigins: [],
    // Unthrottled, so every frame reaches the decoders instead of the rate limit
    // (collab-server.test.ts checks the limit itself).
    limits: { ...limits, messagesPerSecond: 1e9, burst: 1e9 },
    log: () => {},
  });
  ben = await join(margin(), course.users.ben.id);
  cleo = await join(`margin.${otherDocumentId}.course`, course.users.cleo.id);
  for (const watcher of [ben, cleo]) watcher.provider.on('close', () => bystanderCloses++);
});

afterAll(async () => {
  for (const c of open) c.close();
  await server?.stop();
  Object.assign(console, consoleBefore);
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
  console.log(`socket fuzz: console.error ${logged.error}, console.warn ${logged.warn}`);
});

describe('a collab socket sending hostile frames', () => {
  it('is closed or ignored alone, while rooms stay live, uncorrupted and bounded', async () => {
    const ana = course.users.ana.id;
    const tokens = await Promise.all(
      [...fuzzRooms(), `margin.${otherDocumentId}.course`].map(
        async (room) => (await issueCollabToken({ id: ana }, room)).token,
      ),
    );
    const frames = collabFrameArbitrary({
      rooms: fuzzRooms(),
      foreignRooms: [
        `margin.${otherDocumentId}.course`,
        `margin.${documentId}.moderators`,
        `margin.${documentId}.private.${course.users.ben.id}`,
        `notebook.${otherDocumentId}`,
        'presence.no-such-document',
      ],
      tokens,
    });
    // Each batch starts on a fresh socket signed into the fuzzed rooms and a probe room the
    // frames never name; a frame that gets the socket closed is counted, and the next
    // frames go to a new one.
    const probeRoom = `presence.${otherDocumentId}`;
    const reopen = () =>
      openRawCollabSocket({ port: server.port, userId: ana, rooms: [...fuzzRooms(), probeRoom] });
    let fuzz: RawCollabSocket = await reopen();
    let sent = 0;
    const closes = new Map<number, number>();
    const before = memoryAfterGcMb();
    await fc.assert(
      fc.asyncProperty(fc.array(frames, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        fuzz.ws.close();
        fuzz = await reopen();
        for (const frame of batch) {
          fuzz.send(frame);
          sent++;
          if (await fuzz.probe(probeRoom)) continue;
          const code = await fuzz.closed;
          closes.set(code, (closes.get(code) ?? 0) + 1);
          fuzz = await reopen();
        }
        await stillLive();
      }),
      { numRuns: FRAMES / BATCH, endOnFailure: true },
    );
    fuzz.ws.close();
    await fuzz.closed;
    const held = memoryAfterGcMb() - before;
    console.log(
      `socket fuzz: ${sent} frames, closes by code ${JSON.stringify(Object.fromEntries(closes))}, ` +
        `${held} MB more held after them`,
    );
    expect(sent).toBe(FRAMES);

    // The margin room holds exactly the course's notes, for a watcher and a newcomer.
    const expected = await visibleNotes(documentId);
    expect(expected.size).toBe(probes);
    await eventually(() => expect(texts(ben)).toEqual(expected));
    const late = await join(margin(), course.users.cleo.id);
    expect(texts(late)).toEqual(expected);
    // Nothing in it was written by anyone but the server: one writer, its two maps.
    const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(late.doc));
    expect(new Set(structs.map((s) => s.id.client)).size).toBe(1);
    const roots = structs.flatMap((s) =>
      'parent' in s && typeof s.parent === 'string' ? [s.parent] : [],
    );
    expect([...new Set(roots)].sort()).toEqual(['epochs', 'notes']);
    // The notebook, fuzzed with updates, still carries an edit from one reader to another.
    const writer = await join(`notebook.${documentId}`, course.users.ben.id);
    const reader = await join(`notebook.${documentId}`, course.users.cleo.id);
    writer.doc.getText('t').insert(0, 'After the fuzz. ');
    await eventually(() => expect(reader.doc.getText('t').toString()).toContain('After the fuzz.'));

    expect(held).toBeLessThan(50);
    expect(bystanderCloses).toBe(0);
    expect(crashes).toEqual([]);
  }, 300_000);

  it('is closed with 1009 for a frame over the limit, and keeps one at the limit', async () => {
    const sock = await openRawCollabSocket({
      port: server.port,
      userId: course.users.ana.id,
      rooms: [margin()],
    });
    const frame = (bytes: number) => {
      const head = collabFrame(margin(), 5);
      const out = new Uint8Array(bytes);
      out.set(head);
      // A stateless string of the rest: its length varint, then text.
      const rest = bytes - head.length - 3;
      out.set([0x80 | (rest & 0x7f), 0x80 | ((rest >> 7) & 0x7f), rest >> 14], head.length);
      out.fill(0x61, head.length + 3);
      return out;
    };
    sock.send(frame(limits.maxFrameBytes));
    await stillLive();
    expect(sock.isOpen()).toBe(true);
    sock.send(frame(limits.maxFrameBytes + 1));
    expect(await sock.closed).toBe(1009);
    await stillLive();
    expect(bystanderCloses).toBe(0);
    expect(crashes).toEqual([]);
  });

  it('is cut off for a flood before signing in, and many idle or garbage sockets harm nobody', async () => {
    const flood = await openRawCollabSocket({ port: server.port });
    const step1 = collabFrame(margin(), 0, (e) => writeSyncStep1(e, new Y.Doc()));
    for (let i = 0; i < 5000; i++) flood.send(step1);
    expect(await flood.closed).toBe(4205);

    // Many sockets that never sign in: idle ones, ones sending garbage and a bad token, and
    // ones filling what the server buffers for them before authentication (5 MB each).
    const before = memoryAfterGcMb();
    const crowd = await Promise.all(
      Array.from({ length: 120 }, () => openRawCollabSocket({ port: server.port })),
    );
    const chunk = collabFrame(margin(), 0, (e) => writeVarUint8Array(e, new Uint8Array(5000)));
    crowd.forEach((socket, i) => {
      if (i % 3 === 0) return;
      if (i % 3 === 1) {
        for (let j = 0; j < 20; j++) socket.send(Uint8Array.of(i, j, 0xff, 0xff, 0xff));
        socket.send(authFrame(margin(), 'not a token'));
        return;
      }
      for (let j = 0; j < 990; j++) socket.send(chunk);
    });
    await eventually(() => {
      for (const socket of crowd) expect(socket.ws.bufferedAmount).toBe(0);
    }, 20_000);
    await stillLive();
    const held = memoryAfterGcMb() - before;
    const open = crowd.filter((s) => s.isOpen()).length;
    console.log(`socket fuzz: 120 unauthenticated sockets, ${open} still open, ${held} MB held`);
    expect(held).toBeLessThan(100);
    for (const socket of crowd) socket.ws.close();
    await Promise.all(crowd.map((s) => s.closed));
    await stillLive();
    expect(bystanderCloses).toBe(0);
    expect(crashes).toEqual([]);
  });
});
