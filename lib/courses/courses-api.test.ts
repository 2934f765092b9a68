import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getCourse, PATCH as patchCourse } from '@/app/api/v1/courses/[id]/route';
import { PATCH as patchMember } from '@/app/api/v1/courses/[id]/members/[userId]/route';
import { POST as join } from '@/app/api/v1/courses/join/route';
import { GET as listCourses, POST as createCourse } from '@/app/api/v1/courses/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourseDocument, makeUser } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Course = {
  id: string;
  joinCode: string;
  inviteToken: string;
  archived: boolean;
  role: string;
  members: { id: string; role: string; email?: string }[];
};

const send = jsonRequest;

let teacher: Api;
let ana: Api;
let ben: Api;
let ids: { teacher: string; ana: string; ben: string };

beforeAll(async () => {
  const [t, a, b] = await Promise.all([makeUser('teacher'), makeUser('ana'), makeUser('ben')]);
  ids = { teacher: t.id, ana: a.id, ben: b.id };
  [teacher, ana, ben] = await Promise.all([
    apiClientFor(t.id),
    apiClientFor(a.id),
    apiClientFor(b.id),
  ]);
});

async function newCourse(title = 'Close Reading 201'): Promise<Course> {
  const res = await teacher.call(createCourse, send('POST', { title, term: 'Spring' }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (await teacher.call(getCourse, { params: { id: String(res.body!.id) } }))
    .body as unknown as Course;
}

describe('courses', () => {
  it('makes its creator the instructor, with a join code and an invite link', async () => {
    const course = await newCourse();
    expect(course.role).toBe('instructor');
    expect(course.joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(course.inviteToken.length).toBeGreaterThan(20);
    expect((await teacher.call(listCourses)).body!.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: course.id, role: 'INSTRUCTOR' })]),
    );
    const bad = await teacher.call(createCourse, send('POST', { title: '  ' }));
    expect([bad.status, bad.body!.error]).toEqual([400, 'Give the course a title.']);
  });

  it('lets students join by code (typed loosely) or invite link, once, and explains bad codes', async () => {
    const course = await newCourse();
    const loose = course.joinCode.toLowerCase().replace('-', ' ');
    expect((await ana.call(join, send('POST', { code: loose }))).body).toEqual({
      id: course.id,
      title: 'Close Reading 201',
    });
    expect((await ana.call(join, send('POST', { code: course.joinCode }))).status).toBe(200);
    expect((await ben.call(join, send('POST', { invite: course.inviteToken }))).status).toBe(200);
    const roster = (await ana.call(getCourse, { params: { id: course.id } }))
      .body as unknown as Course;
    expect(roster.members.map((m) => m.role).sort()).toEqual(['instructor', 'student', 'student']);
    // Only instructors see the codes and members' addresses.
    expect(roster.joinCode).toBeUndefined();
    expect(roster.members.every((m) => m.email === undefined)).toBe(true);
    const wrong = await ana.call(join, send('POST', { code: 'NOPE-NOPE' }));
    expect([wrong.status, wrong.body!.error]).toEqual([
      404,
      'That join code is not valid, or it has been replaced. Check it with your instructor.',
    ]);
  });

  it('stops an old code after regenerating, and a code that is turned off', async () => {
    const course = await newCourse();
    const after = (
      await teacher.call(patchCourse, send('PATCH', { regenerate: 'joinCode' }, { id: course.id }))
    ).body as unknown as Course;
    expect(after.joinCode).not.toBe(course.joinCode);
    expect((await ana.call(join, send('POST', { code: course.joinCode }))).status).toBe(404);
    await teacher.call(patchCourse, send('PATCH', { joinCodeEnabled: false }, { id: course.id }));
    const off = await ana.call(join, send('POST', { code: after.joinCode }));
    expect(off.status).toBe(409);
    expect(String(off.body!.error)).toMatch(/by code is turned off/);
    expect((await ana.call(join, send('POST', { invite: course.inviteToken }))).status).toBe(200);
  });

  it('changes roles for instructors only, and never leaves a course without an instructor', async () => {
    const course = await newCourse();
    await ana.call(join, send('POST', { code: course.joinCode }));
    const member = (who: string) => ({ id: course.id, userId: who });
    expect(
      (await ana.call(patchMember, send('PATCH', { role: 'instructor' }, member(ids.ana)))).status,
    ).toBe(403);
    expect(
      (await ben.call(patchMember, send('PATCH', { role: 'student' }, member(ids.ana)))).status,
    ).toBe(404);
    const last = await teacher.call(
      patchMember,
      send('PATCH', { role: 'student' }, member(ids.teacher)),
    );
    expect([last.status, last.body!.error]).toEqual([
      409,
      'A course needs an instructor; make someone else one first.',
    ]);
    const ta = await teacher.call(
      patchMember,
      send('PATCH', { role: 'moderator' }, member(ids.ana)),
    );
    expect(ta.body).toEqual({ userId: ids.ana, role: 'moderator' });
    expect((await ben.call(getCourse, { params: { id: course.id } })).status).toBe(404);
    expect(
      (await ana.call(patchCourse, send('PATCH', { title: 'Mine' }, { id: course.id }))).status,
    ).toBe(403);
  });

  it('is read-only while archived, and writable again once brought back', async () => {
    const course = await newCourse();
    await ana.call(join, send('POST', { code: course.joinCode }));
    const documentId = await makeCourseDocument({
      ownerId: ids.teacher,
      courseId: course.id,
      title: 'Archive me',
      text: 'A sentence to annotate.',
    });
    const note = () =>
      ana.call(
        annotate,
        send(
          'POST',
          { target: { selector: [{ type: 'TextQuoteSelector', exact: 'sentence' }] } },
          { id: documentId },
        ),
      );
    expect((await note()).status).toBe(201);
    expect(
      (await ana.call(patchCourse, send('PATCH', { archived: true }, { id: course.id }))).status,
    ).toBe(403);
    const archived = await teacher.call(
      patchCourse,
      send('PATCH', { archived: true }, { id: course.id }),
    );
    expect(archived.body!.archived).toBe(true);
    const refused = await note();
    expect([refused.status, refused.body!.error]).toEqual([
      403,
      'This course is archived, so its documents and notes are read-only.',
    ]);
    expect((await ben.call(join, send('POST', { code: course.joinCode }))).status).toBe(409);
    expect(
      (await teacher.call(patchCourse, send('PATCH', { title: 'Renamed' }, { id: course.id })))
        .status,
    ).toBe(403);
    const back = await teacher.call(
      patchCourse,
      send('PATCH', { archived: false, title: 'Renamed' }, { id: course.id }),
    );
    expect([back.body!.archived, back.body!.title]).toEqual([false, 'Renamed']);
    expect((await note()).status).toBe(201);
  });
});
