import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getDb } from '../db/prisma';
import { eventually, type RoomClient } from '../testing/connect-room';
import { postCourseNote } from '../testing/post-course-note';
import { startRedisServer } from '../testing/start-redis-server';
import { startCollabPair } from '../testing/start-collab-pair';

const TEXT = 'While the bell is silent, the readers keep their places.';
const PAUSE_MS = 10_000;

// Redis of this file's own: pausing the machine's shared one would stall other tests.
const redis = await startRedisServer();
if (!redis) console.warn('Skipping the Redis pause test: redis-server could not be started.');

describe.skipIf(!redis)('two collab instances while their Redis is paused', () => {
  let pair: Awaited<ReturnType<typeof startCollabPair>>;
  let course: typeof pair.course;
  let documentId: string;
  let join: typeof pair.join;

  beforeAll(async () => {
    pair = await startCollabPair({ redisUrl: redis!.url, title: 'Redis pause', text: TEXT });
    ({ course, documentId, join } = pair);
  });

  afterAll(async () => {
    // A paused Redis would hold the servers' shutdown forever.
    redis?.process.kill('SIGCONT');
    await pair?.stop();
    redis?.stop();
  });

  const note = (userId: string, text: string) =>
    postCourseNote(userId, documentId, 'the readers', text);
  const bodies = (client: RoomClient) =>
    [...client.notes().values()].map((n) => `${n.id}:${n.bodyText}`).sort();

  it('converges on the same notes and notebook once Redis resumes after writes on both sides', async () => {
    const { ana, ben } = course.users;
    const margin = `margin.${documentId}.course`;
    const anaOn1 = await join(0, margin, ana.id);
    const benOn2 = await join(1, margin, ben.id);
    const notebookOn1 = await join(0, `notebook.${documentId}`, ana.id);
    const notebookOn2 = await join(1, `notebook.${documentId}`, ben.id);
    const before = await note(ana.id, 'Before the pause');
    await eventually(() => expect(benOn2.notes().has(before.id)).toBe(true));

    redis!.process.kill('SIGSTOP');
    const pausedAt = Date.now();
    const during = [await note(ana.id, 'Ana, paused'), await note(ben.id, 'Ben, paused')];
    notebookOn1.doc.getText('t').insert(0, 'Ana typed on instance 1. ');
    notebookOn2.doc.getText('t').insert(0, 'Ben typed on instance 2. ');
    await new Promise((r) => setTimeout(r, PAUSE_MS - (Date.now() - pausedAt)));
    redis!.process.kill('SIGCONT');

    const after = await note(ben.id, 'After the pause');
    notebookOn2.doc.getText('t').insert(0, 'Then Ben again. ');
    const ids = [before, ...during, after].map((n) => n.id).sort();
    await eventually(() => {
      expect([...anaOn1.notes().keys()].sort()).toEqual(ids);
      expect(bodies(benOn2)).toEqual(bodies(anaOn1));
    }, 20_000);
    await eventually(() => {
      const one = notebookOn1.doc.getText('t').toString();
      expect(one).toContain('Ana typed on instance 1.');
      expect(one).toContain('Ben typed on instance 2.');
      expect(one).toContain('Then Ben again.');
      expect(notebookOn2.doc.getText('t').toString()).toBe(one);
    }, 20_000);

    // And the converged notebook is what Postgres keeps.
    await eventually(async () => {
      const row = await getDb().notebook.findUnique({
        where: { documentId_courseId: { documentId, courseId: course.courseId } },
        select: { state: true },
      });
      const stored = new Y.Doc();
      if (row) Y.applyUpdate(stored, row.state);
      expect(stored.getText('t').toString()).toBe(notebookOn1.doc.getText('t').toString());
    }, 20_000);

    // Newcomers on each instance read the same converged state.
    const late1 = await join(0, margin, ben.id);
    const late2 = await join(1, margin, ana.id);
    expect(bodies(late1)).toEqual(bodies(anaOn1));
    expect(bodies(late2)).toEqual(bodies(anaOn1));
  }, 60_000);
});
