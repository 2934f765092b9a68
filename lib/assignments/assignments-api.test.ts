import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as withdraw } from '@/app/api/v1/assignments/[id]/route';
import { GET as list, POST as assign } from '@/app/api/v1/courses/[id]/assignments/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { getDb } from '../db/prisma';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeCourseDocument } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Item = {
  id: string;
  title: string;
  dueAt: string | null;
  progress: { notes: number; late: boolean; missing: boolean };
};
const send = (method: string, body: unknown, params: Record<string, string>) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  params,
});

let api: Record<'teacher' | 'ta' | 'ana' | 'ben', Api>;
let courseId: string;
let documentId: string;

const note = (who: Api, exact = 'essay') =>
  who.call(
    annotate,
    send(
      'POST',
      { target: { selector: [{ type: 'TextQuoteSelector', exact }] } },
      { id: documentId },
    ),
  );
const items = async (who: Api) =>
  (await who.call(list, { params: { id: courseId } })).body!.items as Item[];

beforeAll(async () => {
  const course = await makeCourse<'teacher' | 'ta' | 'ana' | 'ben'>({
    teacher: 'INSTRUCTOR',
    ta: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
  });
  courseId = course.courseId;
  documentId = await makeCourseDocument({
    ownerId: course.users.teacher.id,
    courseId,
    title: 'The essay',
    text: 'A short essay to read closely.',
  });
  api = {
    teacher: await apiClientFor(course.users.teacher.id),
    ta: await apiClientFor(course.users.ta.id),
    ana: await apiClientFor(course.users.ana.id),
    ben: await apiClientFor(course.users.ben.id),
  };
});

describe('assignments', () => {
  it('are set by instructors only, on a document of the course', async () => {
    const body = { documentId, title: 'Read closely', dueAt: '2030-01-01T09:00:00+01:00' };
    expect((await api.ana.call(assign, send('POST', body, { id: courseId }))).status).toBe(403);
    expect((await api.ta.call(assign, send('POST', body, { id: courseId }))).status).toBe(403);
    const bad = await api.teacher.call(
      assign,
      send('POST', { ...body, dueAt: 'tomorrow' }, { id: courseId }),
    );
    expect([bad.status, bad.body!.error]).toEqual([400, 'Give the due date as a date and time.']);
    const elsewhere = await api.teacher.call(
      assign,
      send('POST', { ...body, documentId: 'nope' }, { id: courseId }),
    );
    expect(elsewhere.status).toBe(400);
    const made = await api.teacher.call(assign, send('POST', body, { id: courseId }));
    expect(made.status).toBe(201);
    const [item] = await items(api.ana);
    expect(item).toMatchObject({ title: 'Read closely', dueAt: '2030-01-01T08:00:00.000Z' });
    expect(item!.progress).toEqual({ notes: 0, late: false, missing: false });
    expect(
      (await api.ana.call(withdraw, { method: 'DELETE', params: { id: String(made.body!.id) } }))
        .status,
    ).toBe(403);
    expect(
      (
        await api.teacher.call(withdraw, {
          method: 'DELETE',
          params: { id: String(made.body!.id) },
        })
      ).status,
    ).toBe(204);
  });

  it('track each student’s notes, mark late work, and refuse late notes when late work is off', async () => {
    const made = await api.teacher.call(
      assign,
      send(
        'POST',
        {
          documentId,
          title: 'Due already',
          dueAt: new Date(Date.now() + 60_000).toISOString(),
          allowLate: false,
        },
        { id: courseId },
      ),
    );
    const id = String(made.body!.id);
    expect((await note(api.ana)).status).toBe(201);
    // The due time passes after Ana's note and before Ben's.
    await new Promise((r) => setTimeout(r, 30));
    await getDb().assignment.update({ where: { id }, data: { dueAt: new Date(Date.now() - 10) } });
    const refused = await note(api.ben, 'short');
    expect([refused.status, refused.body!.error]).toEqual([
      403,
      '“Due already” is past due and takes no late notes.',
    ]);
    expect((await note(api.ta, 'closely')).status).toBe(201);
    const anaSees = (await items(api.ana)).find((i) => i.id === id)!;
    expect(anaSees.progress).toEqual({ notes: 1, late: false, missing: false });
    const benSees = (await items(api.ben)).find((i) => i.id === id)!;
    expect(benSees.progress).toEqual({ notes: 0, late: false, missing: true });
    // With late work allowed, the note is taken and marked late.
    await getDb().assignment.update({ where: { id }, data: { allowLate: true } });
    expect((await note(api.ben, 'short')).status).toBe(201);
    expect((await items(api.ben)).find((i) => i.id === id)!.progress).toEqual({
      notes: 1,
      late: true,
      missing: false,
    });
  });
});
