import { beforeAll, describe, expect, it } from 'vitest';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { GET as list, POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as notifications } from '@/app/api/v1/notifications/route';
import { collabRoomsFor } from '../collab/collab-rooms-for';
import { marginRoomEntries } from '../collab/margin-room-entries';
import { getDb } from '../db/prisma';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../testing/make-course';
import { listHighlights } from './list-highlights';
import { searchAnnotations } from './search-annotations';
import { searchAnnotationsQuery } from './search-annotations-query';

type Who = 'teacher' | 'ana' | 'ben';
type Note = {
  id: string;
  author: { id: string; name: string };
  replies: { author: { id: string; name: string } }[];
};
const post = (body: unknown, id: string) => jsonRequest('POST', body, { id });

let ids: Record<Who, string>;
let api: Record<Who, Awaited<ReturnType<typeof apiClientFor>>>;
let documentId: string;

async function note(who: Who, exact: string, text: string) {
  const res = await api[who].call(
    annotate,
    post(
      { target: { selector: [{ type: 'TextQuoteSelector', exact }] }, body: paragraphDoc(text) },
      documentId,
    ),
  );
  expect(res.status).toBe(201);
  return res.body!.id as string;
}
const notes = async (who: Who) =>
  (await api[who].call(list, { params: { id: documentId } })).body!.items as Note[];

beforeAll(async () => {
  const course = await makeCourse<Who>({ teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT' });
  ids = {
    teacher: course.users.teacher.id,
    ana: course.users.ana.id,
    ben: course.users.ben.id,
  };
  api = {
    teacher: await apiClientFor(ids.teacher),
    ana: await apiClientFor(ids.ana),
    ben: await apiClientFor(ids.ben),
  };
  documentId = await makeCourseDocument({
    ownerId: ids.teacher,
    courseId: course.courseId,
    title: 'Orchard',
    text: 'The orchard was planted in rows. Each row had a name.',
  });
  await getDb().assignment.create({
    data: {
      courseId: course.courseId,
      documentId,
      title: 'Read the orchard',
      anonymousToPeers: true,
    },
  });
  const teacherNote = await note('teacher', 'Each row had a name', 'Whose names?');
  await note('ana', 'The orchard was planted', 'orchard rows matter');
  await note('ben', 'planted in rows', 'ben on rows');
  await api.ana.call(replyTo, post({ body: paragraphDoc('Saints, maybe') }, teacherNote));
  // Ana mentions Ben: his notification must not name her either.
  await api.ana.call(
    annotate,
    post(
      {
        target: { selector: [{ type: 'TextQuoteSelector', exact: 'a name' }] },
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'mention', attrs: { id: ids.ben, label: 'ben' } },
                { type: 'text', text: ' look here' },
              ],
            },
          ],
        },
      },
      documentId,
    ),
  );
});

describe('anonymous to peers', () => {
  it('shows other students as Classmate to a student, with an id that is not theirs', async () => {
    const seen = await notes('ben');
    const byText = (name: string) => seen.filter((n) => n.author.name === name);
    expect(byText('Classmate')).toHaveLength(2);
    const classmate = byText('Classmate')[0]!;
    // The same classmate keeps one pseudonym across their notes.
    expect(byText('Classmate')[1]!.author.id).toBe(classmate.author.id);
    expect(classmate.author.id).not.toBe(ids.ana);
    expect(classmate.author.id).toMatch(/^classmate-/);
    expect(JSON.stringify(seen)).not.toContain(ids.ana);
    expect(JSON.stringify(seen)).not.toContain('"ana"');
    // The instructor keeps their name; the viewer keeps their own.
    expect(byText('teacher')).toHaveLength(1);
    expect(byText('ben')).toHaveLength(1);
    expect(byText('teacher')[0]!.replies[0]!.author.name).toBe('Classmate');
  });

  it('shows names to the instructor', async () => {
    const seen = await notes('teacher');
    expect(seen.map((n) => n.author.name).sort()).toEqual(['ana', 'ana', 'ben', 'teacher']);
  });

  it('holds in the highlights, search and the live margin', async () => {
    const names = (await listHighlights({ id: ids.ben }, documentId)).map((h) => h.authorName);
    expect(names.sort()).toEqual(['Classmate', 'Classmate', 'ben', 'teacher']);
    const byAna = await searchAnnotations(
      ids.ben,
      searchAnnotationsQuery.parse({ author: 'ana', document: documentId }),
    );
    expect(byAna.total).toBe(0);
    const all = await searchAnnotations(
      ids.ben,
      searchAnnotationsQuery.parse({ q: 'orchard', document: documentId }),
    );
    expect(all.items.map((i) => i.author)).toEqual([{ id: null, name: 'Classmate' }]);
    const inbox = (await api.ben.call(notifications)).body!.items as { actor: unknown }[];
    expect(inbox.map((n) => n.actor)).toEqual([{ id: null, name: 'Classmate' }]);
    // The student reads the margin in their own room only, names already replaced.
    const rooms = await collabRoomsFor({ id: ids.ben }, documentId);
    expect(rooms.margin).toHaveLength(1);
    const room = await marginRoomEntries(documentId, { kind: 'private', userId: ids.ben });
    expect([...room.values()].join()).not.toContain(ids.ana);
    expect([...room.values()].join()).toContain('Classmate');
  });
});
