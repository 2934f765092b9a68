import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/connect-room';
import { findRedis } from '../testing/find-redis';
import { postCourseNote } from '../testing/post-course-note';
import { startCollabPair } from '../testing/start-collab-pair';

process.env.NEXTAUTH_SECRET ??= 'collab-test-secret';
const TEXT = 'Two servers, one class: the reading room holds them all.';

const redis = await findRedis();
if (redis.url === null) console.warn(`Skipping the collab scale-out test: ${redis.reason}.`);

describe.skipIf(!redis.url)('two collab instances joined through Redis', () => {
  let pair: Awaited<ReturnType<typeof startCollabPair>>;
  let course: typeof pair.course;
  let documentId: string;
  let join: typeof pair.join;

  beforeAll(async () => {
    pair = await startCollabPair({ redisUrl: redis.url!, title: 'Scale out', text: TEXT });
    ({ course, documentId, join } = pair);
  });

  afterAll(async () => {
    await pair?.stop();
    if (redis.url) redis.stop();
  });

  it('shows a client on instance 1 the note, notebook edit and presence of one on instance 2', async () => {
    const benOn1 = await join(0, `margin.${documentId}.course`, course.users.ben.id);
    await join(1, `margin.${documentId}.course`, course.users.ana.id);
    const note = await postCourseNote(
      course.users.ana.id,
      documentId,
      'one class',
      'From instance 2',
    );
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
