import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteJson } from '@/components/margin/note-json';
import { deleteAnnotation } from '@/lib/annotations/delete-annotation';
import { getDb } from '@/lib/db/prisma';
import { findFreePort } from '@/lib/net/find-free-port';
import { eventually, openRoom } from '@/lib/testing/connect-room';
import { postCourseNote } from '@/lib/testing/post-course-note';
import { makeCourse, makeCourseDocument } from '@/lib/testing/make-course';
import { followMarginRooms } from './follow-margin-rooms';

process.env.NEXTAUTH_SECRET ??= 'collab-test-secret';
const TEXT = 'Readers came in the morning and left at dusk, tickets in hand.';

let port: number;
let server: ChildProcess | null = null;
let course: Awaited<ReturnType<typeof makeCourse<'teacher' | 'ana' | 'ben'>>>;
let documentId: string;

/** The collab server as `npm run collab` runs it, in its own process. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/collab.ts'], {
    env: { ...process.env, COLLAB_PORT: String(port), REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await eventually(async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.ok).toBe(true);
  }, 20_000).catch((err: unknown) => {
    throw new Error(`collab server did not start: ${output}`, { cause: err });
  });
  server = child;
  return child;
}

function stopServer(signal: NodeJS.Signals) {
  const child = server!;
  server = null;
  return new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

const say = (actorId: string, text: string) => postCourseNote(actorId, documentId, 'tickets', text);

beforeAll(async () => {
  port = await findFreePort();
  course = await makeCourse({ teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT' });
  documentId = await makeCourseDocument({
    ownerId: course.users.teacher.id,
    courseId: course.courseId,
    title: 'Faults',
    text: TEXT,
  });
  await startServer();
});

afterAll(async () => {
  if (server) await stopServer('SIGKILL');
});

describe('a collab server that dies', () => {
  it('after SIGKILL and a restart, readers reconnect and show every saved note exactly once', async () => {
    const shown = new Map<string, NoteJson>();
    let resets = 0;
    const stop = followMarginRooms(
      [`margin.${documentId}.course`, `margin.${documentId}.private.${course.users.ben.id}`],
      (room) => openRoom({ port, room, userId: course.users.ben.id }),
      {
        onReset: (notes) => {
          resets++;
          shown.clear();
          for (const n of notes) shown.set(n.id, n);
        },
        onNote: (id, note) => (note ? shown.set(id, note) : shown.delete(id)),
      },
    );
    const saved: string[] = [];
    for (let i = 0; i < 5; i++) saved.push((await say(course.users.ana.id, `before ${i}`)).id);
    await eventually(() => expect([...shown.keys()].sort()).toEqual([...saved].sort()));

    // Notes keep being saved while the server is killed, is down, and comes back.
    const writing = (async () => {
      for (let i = 0; i < 20; i++) {
        saved.push((await say(course.users.ana.id, `during ${i}`)).id);
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    await new Promise((r) => setTimeout(r, 150));
    await stopServer('SIGKILL');
    const gone = saved.shift()!;
    await deleteAnnotation({ actor: { id: course.users.ana.id }, annotationId: gone });
    await startServer();
    await writing;

    await eventually(() => {
      expect([...shown.keys()].sort()).toEqual([...saved].sort());
    }, 15_000);
    expect(shown.has(gone)).toBe(false);
    expect(resets).toBeGreaterThanOrEqual(2);
    // Every saved note is in Postgres.
    expect(await getDb().annotation.count({ where: { id: { in: saved } } })).toBe(saved.length);
    stop();
  });

  it('on SIGTERM stores the notebook edits made just before, and exits cleanly', async () => {
    const room = `notebook.${documentId}`;
    const ana = openRoom({ port, room, userId: course.users.ana.id });
    await new Promise<void>((r) => ana.on('synced', () => r()));
    ana.document.getText('t').insert(0, 'Written a moment before shutdown.');
    // Less than the server's store debounce: only the shutdown flush can save this.
    await new Promise((r) => setTimeout(r, 150));
    expect(await stopServer('SIGTERM')).toBe(0);
    ana.destroy();
    const row = await getDb().notebook.findUnique({
      where: { documentId_courseId: { documentId, courseId: course.courseId } },
    });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, row!.state);
    expect(stored.getText('t').toString()).toBe('Written a moment before shutdown.');
    await startServer();
  });
});
