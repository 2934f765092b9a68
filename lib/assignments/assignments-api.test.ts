import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as withdraw } from '@/app/api/v1/assignments/[id]/route';
import { GET as list, POST as assign } from '@/app/api/v1/courses/[id]/assignments/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as mine } from '@/app/api/v1/me/assignments/route';
import { getDb } from '../db/prisma';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument, makeUser } from '../testing/make-course';
import { listAssignments } from './list-assignments';
import { listMyAssignments } from './list-my-assignments';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Item = {
  id: string;
  title: string;
  dueAt: string | null;
  allowLate: boolean;
  hideUntilPostCount: number;
  anonymousToPeers: boolean;
  prompts: number;
  progress: { notes: number; late: boolean; missing: boolean };
};
const send = jsonRequest;

let api: Record<'teacher' | 'ta' | 'ana' | 'ben', Api>;
let anaId: string;
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
  anaId = course.users.ana.id;
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

describe('assignment settings', () => {
  const body = { documentId, title: 'Read blind' };
  const post = (extra: Record<string, unknown>) =>
    api.teacher.call(assign, send('POST', { ...body, documentId, ...extra }, { id: courseId }));
  const range =
    'Hide classmates’ notes until a student has posted from 0 to 50 notes; 0 never hides them.';

  it('refuse a hide-until count outside 0 to 50, or not a whole number, with a sentence', async () => {
    for (const [value, error] of [
      [-1, range],
      [51, range],
      ['2', range],
      [2.5, 'Give the number of notes to post before classmates’ notes show as a whole number.'],
    ] as const) {
      const res = await post({ hideUntilPostCount: value });
      expect([res.status, res.body!.error]).toEqual([400, error]);
    }
    const res = await post({ anonymousToPeers: 'yes' });
    expect([res.status, res.body!.error]).toEqual([
      400,
      'Say whether students see each other as “Classmate”: true or false.',
    ]);
  });

  it('are stored, default to off, and come back with the count of live reading prompts', async () => {
    const set = await post({ hideUntilPostCount: 2, anonymousToPeers: true, allowLate: false });
    const plain = await post({ title: 'Read openly' });
    expect([set.status, plain.status]).toEqual([201, 201]);
    expect(
      await getDb().assignment.findUnique({
        where: { id: String(set.body!.id) },
        select: { hideUntilPostCount: true, anonymousToPeers: true, allowLate: true },
      }),
    ).toEqual({ hideUntilPostCount: 2, anonymousToPeers: true, allowLate: false });
    // Two of the teacher's notes become prompts, one of them then deleted; only the live one counts.
    const made = [await note(api.teacher, 'short'), await note(api.teacher, 'read')];
    const [live, gone] = made.map((m) => String(m.body!.id));
    await getDb().annotation.updateMany({
      where: { id: { in: [live!, gone!] } },
      data: { kind: 'PROMPT' },
    });
    await getDb().annotation.update({ where: { id: gone! }, data: { deletedAt: new Date() } });
    const listed = await items(api.ben);
    expect(listed.find((i) => i.id === set.body!.id)).toMatchObject({
      hideUntilPostCount: 2,
      anonymousToPeers: true,
      allowLate: false,
      prompts: 1,
    });
    expect(listed.find((i) => i.id === plain.body!.id)).toMatchObject({
      hideUntilPostCount: 0,
      anonymousToPeers: false,
      allowLate: true,
      prompts: 1,
    });
  });
});

describe('a student’s assignments across courses', () => {
  it('hold every course of theirs, archived ones marked, soonest due first, and no one else’s', async () => {
    const ana = { id: anaId };
    const other = await makeCourse<'teacher'>({ teacher: 'INSTRUCTOR' });
    await getDb().membership.create({
      data: { courseId: other.courseId, userId: ana.id, role: 'STUDENT' },
    });
    const otherDoc = await makeCourseDocument({
      ownerId: other.users.teacher.id,
      courseId: other.courseId,
      title: 'Old minutes',
      text: 'The seminar met weekly.',
    });
    const undated = await getDb().assignment.create({
      data: { courseId: other.courseId, documentId: otherDoc, title: 'Whenever' },
    });
    const soon = await getDb().assignment.create({
      data: {
        courseId: other.courseId,
        documentId: otherDoc,
        title: 'Soon',
        dueAt: new Date(Date.now() + 3_600_000),
        hideUntilPostCount: 3,
      },
    });
    await getDb().course.update({
      where: { id: other.courseId },
      data: { archivedAt: new Date() },
    });
    const foreign = await makeCourse<'teacher'>({ teacher: 'INSTRUCTOR' });
    const foreignDoc = await makeCourseDocument({
      ownerId: foreign.users.teacher.id,
      courseId: foreign.courseId,
      title: 'Not for Ana',
      text: 'Private reading.',
    });
    const hidden = await getDb().assignment.create({
      data: {
        courseId: foreign.courseId,
        documentId: foreignDoc,
        title: 'Not yours',
        dueAt: new Date(),
      },
    });

    const now = new Date();
    const all = await listMyAssignments(ana, now);
    const ids = all.map((a) => a.id);
    expect(ids).not.toContain(hidden.id);
    expect(new Set(all.map((a) => a.course.id))).toEqual(new Set([courseId, other.courseId]));
    expect(ids.at(-1)).toBe(undated.id);
    const dues = all.map((a) => a.dueAt).filter((d) => d !== null);
    expect(dues).toEqual([...dues].sort());
    expect(all.find((a) => a.id === soon.id)).toMatchObject({
      title: 'Soon',
      course: { id: other.courseId, title: expect.any(String) },
      document: { id: otherDoc, title: 'Old minutes' },
      hideUntilPostCount: 3,
      archived: true,
      progress: { notes: 0, late: false, missing: false },
    });
    // The same progress as the course's own list, for every assignment of that course.
    const inCourse = await listAssignments(ana, courseId, now);
    expect(inCourse.some((a) => a.progress.notes > 0)).toBe(true);
    for (const a of inCourse)
      expect(all.find((m) => m.id === a.id)).toMatchObject({ ...a, archived: false });
    expect(await listMyAssignments(await makeUser('loner'), now)).toEqual([]);
  });

  it('are served at GET /api/v1/me/assignments to a signed-in caller only', async () => {
    const anonymous = await mine(
      new Request('http://localhost/api/v1/me/assignments', {
        headers: { authorization: 'Bearer sch_nobody' },
      }),
      {},
    );
    expect(anonymous.status).toBe(401);
    const res = await api.ben.call(mine);
    expect(res.status).toBe(200);
    const got = res.body!.items as (Item & { course: { id: string }; archived: boolean })[];
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((i) => i.course.id === courseId && !i.archived)).toBe(true);
  });
});
