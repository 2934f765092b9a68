import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/create-annotation';
import { connectRoom, eventually, type RoomClient } from '../testing/connect-room';
import { findRedis } from '../testing/find-redis';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../testing/make-course';
import { startCollabServer, type CollabServer } from './start-collab-server';

process.env.NEXTAUTH_SECRET ??= 'collab-test-secret';
const TEXT = 'Two servers, one class: the reading room holds them all.';

const redis = await findRedis();
if (redis.url === null) console.warn(`Skipping the collab scale-out test: ${redis.reason}.`);

describe.skipIf(!redis.url)('two collab instances joined through Redis', () => {
  const servers: CollabServer[] = [];
  const open: RoomClient[] = [];
  let course: Awaited<ReturnType<typeof makeCourse<'teacher' | 'ana' | 'ben'>>>;
  let documentId: string;

  beforeAll(async () => {
    course = await makeCourse({ teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT' });
    documentId = await makeCourseDocument({
      ownerId: course.users.teacher.id,
      courseId: course.courseId,
      title: 'Scale out',
      text: TEXT,
    });
    for (let i = 0; i < 2; i++)
      servers.push(
        await startCollabServer({
          databaseUrl: process.env.DATABASE_URL!,
          port: 0,
          allowedOrigins: [],
          redisUrl: redis.url!,
          log: () => {},
        }),
      );
  });

  afterAll(async () => {
    for (const c of open) c.close();
    for (const s of servers) await s.stop();
    if (redis.url) redis.stop();
  });

  const join = async (instance: number, room: string, userId: string) => {
    const client = await connectRoom({ port: servers[instance]!.port, room, userId });
    open.push(client);
    return client;
  };

  it('shows a client on instance 1 the note, notebook edit and presence of one on instance 2', async () => {
    const benOn1 = await join(0, `margin.${documentId}.course`, course.users.ben.id);
    await join(1, `margin.${documentId}.course`, course.users.ana.id);
    const note = await createAnnotation({
      actor: { id: course.users.ana.id },
      documentId,
      input: {
        target: { selector: [{ type: 'TextQuoteSelector', exact: 'one class' }] },
        body: paragraphDoc('From instance 2'),
        visibility: 'course',
        tags: [],
      },
    });
    await eventually(() => expect(benOn1.notes().get(note.id)?.bodyText).toBe('From instance 2'));
    expect(benOn1.notes().size).toBe(1);

    const notebook1 = await join(0, `notebook.${documentId}`, course.users.ben.id);
    const notebook2 = await join(1, `notebook.${documentId}`, course.users.ana.id);
    notebook2.doc.getText('t').insert(0, 'Typed through instance 2.');
    await eventually(() =>
      expect(notebook1.doc.getText('t').toString()).toBe('Typed through instance 2.'),
    );

    const presence1 = await join(0, `presence.${documentId}`, course.users.ben.id);
    const presence2 = await join(1, `presence.${documentId}`, course.users.ana.id);
    presence2.provider.setAwarenessField('selection', { start: 4, end: 11 });
    await eventually(() => {
      const seen = presence1.provider.awareness!.getStates().get(presence2.doc.clientID);
      expect(seen?.user).toMatchObject({ id: course.users.ana.id });
      expect(seen?.selection).toEqual({ start: 4, end: 11 });
    });
  });
});
