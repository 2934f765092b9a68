import { beforeAll, describe, expect, it } from 'vitest';
import {
  DELETE as remove,
  GET as getOne,
  PATCH as edit,
} from '@/app/api/v1/annotations/[id]/route';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { GET as list } from '@/app/api/v1/documents/[id]/annotations/route';
import { POST as pose } from '@/app/api/v1/documents/[id]/prompts/route';
import { getDb } from '../db/prisma';
import { createDocument } from '../documents/create-document';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument, makeUser, paragraphDoc } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Who = 'instructor' | 'ta' | 'student' | 'outsider';
type Prompt = {
  id: string;
  kind: string;
  visibility: string;
  color: string | null;
  bodyText: string;
  replies: { bodyText: string; author: { id: string } }[];
};

const TEXT = 'Whoever fights monsters should see to it that in the process he does not become one.';
const post = (body: unknown, id: string) => jsonRequest('POST', body, { id });
const target = (exact: string) => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
});

let api: Record<Who, Api>;
let users: Record<Exclude<Who, 'outsider'>, { id: string }>;
let documentId: string;

async function postPrompt(who: Api, body: unknown, exact = 'fights monsters') {
  return who.call(pose, post({ ...target(exact), body }, documentId));
}

async function listed(who: Api) {
  const res = await who.call(list, { params: { id: documentId } });
  expect(res.status).toBe(200);
  return res.body!.items as Prompt[];
}

beforeAll(async () => {
  const course = await makeCourse<Exclude<Who, 'outsider'>>({
    instructor: 'INSTRUCTOR',
    ta: 'MODERATOR',
    student: 'STUDENT',
  });
  users = course.users;
  documentId = await makeCourseDocument({
    ownerId: users.instructor.id,
    courseId: course.courseId,
    title: 'Aphorisms',
    text: TEXT,
  });
  api = {
    instructor: await apiClientFor(users.instructor.id),
    ta: await apiClientFor(users.ta.id),
    student: await apiClientFor(users.student.id),
    outsider: await apiClientFor((await makeUser('outsider')).id),
  };
});

describe('posting a reading prompt', () => {
  it('lets an instructor post one: kind prompt, for the course, uncoloured, whatever was asked', async () => {
    const res = await api.instructor.call(
      pose,
      post(
        {
          ...target('become one'),
          body: paragraphDoc('What does “become one” ask of the reader?'),
          visibility: 'private',
          color: 'yellow',
        },
        documentId,
      ),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'prompt',
      visibility: 'course',
      color: null,
      bodyText: 'What does “become one” ask of the reader?',
    });
    const row = await getDb().annotation.findUniqueOrThrow({
      where: { id: String(res.body!.id) },
      select: { kind: true, visibility: true },
    });
    expect(row).toEqual({ kind: 'PROMPT', visibility: 'COURSE' });
  });

  it('lets a teaching assistant post one', async () => {
    const res = await postPrompt(api.ta, 'Who are the monsters here?');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'prompt', author: { id: users.ta.id } });
  });

  it('refuses a student with 403 and a sentence, and an outsider with 404', async () => {
    const res = await postPrompt(api.student, 'My own question?');
    expect([res.status, res.body?.error]).toEqual([
      403,
      'Only the course’s instructors and teaching assistants can post reading prompts; add a note instead.',
    ]);
    expect((await postPrompt(api.outsider, 'A question?')).status).toBe(404);
  });

  it('refuses an empty question, as plain text or as rich text', async () => {
    const sentence = 'Write the question for the class; a reading prompt cannot be empty.';
    for (const body of [undefined, '   ', { type: 'doc', content: [{ type: 'paragraph' }] }]) {
      const res = await postPrompt(api.instructor, body);
      expect([res.status, res.body?.error], JSON.stringify(body)).toEqual([400, sentence]);
    }
  });

  it('refuses a document outside a course with 400', async () => {
    const own = await createDocument({
      ownerId: users.instructor.id,
      title: 'Notebook',
      content: paragraphDoc(TEXT),
      text: TEXT,
    });
    const res = await api.instructor.call(
      pose,
      post({ ...target('fights monsters'), body: 'Why?' }, own.id),
    );
    expect([res.status, res.body?.error]).toEqual([
      400,
      'Reading prompts are questions for a course; put this document in a course to pose one.',
    ]);
  });

  it('refuses a prompt in an archived course', async () => {
    const archived = await makeCourse({ teacher: 'INSTRUCTOR' });
    const id = await makeCourseDocument({
      ownerId: archived.users.teacher.id,
      courseId: archived.courseId,
      title: 'Old',
      text: TEXT,
    });
    await getDb().course.update({
      where: { id: archived.courseId },
      data: { archivedAt: new Date() },
    });
    const teacher = await apiClientFor(archived.users.teacher.id);
    const res = await teacher.call(pose, post({ ...target('monsters'), body: 'Why?' }, id));
    expect(res.status).toBe(403);
  });
});

describe('answering a reading prompt', () => {
  it('is listed with kind prompt to every course member, and a student answers it in its thread', async () => {
    const made = await postPrompt(api.instructor, 'What is the process?', 'the process');
    const id = String(made.body!.id);
    for (const who of [api.student, api.ta, api.instructor]) {
      expect((await listed(who)).find((n) => n.id === id)?.kind).toBe('prompt');
    }
    const answer = await api.student.call(
      replyTo,
      post({ body: 'Fighting, which changes the fighter.' }, id),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const seen = (await api.instructor.call(getOne, { params: { id } })).body as Prompt;
    expect(seen.replies).toEqual([
      expect.objectContaining({
        bodyText: 'Fighting, which changes the fighter.',
        author: expect.objectContaining({ id: users.student.id }),
      }),
    ]);
    expect((await api.outsider.call(getOne, { params: { id } })).status).toBe(404);
  });

  it('can be deleted by its author only', async () => {
    const made = await postPrompt(api.instructor, 'Delete me?', 'does not');
    const id = String(made.body!.id);
    expect((await api.ta.call(remove, { method: 'DELETE', params: { id } })).status).toBe(403);
    expect((await api.instructor.call(remove, { method: 'DELETE', params: { id } })).status).toBe(
      204,
    );
    expect((await listed(api.student)).some((n) => n.id === id)).toBe(false);
  });

  it('stays a prompt when its question is edited, and never goes private or empty', async () => {
    const made = await postPrompt(api.instructor, 'First wording?', 'in the process');
    const id = String(made.body!.id);
    const patch = (body: unknown) => ({
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      params: { id },
    });
    const edited = await api.instructor.call(edit, patch({ body: 'Second wording?' }));
    expect(edited.status).toBe(200);
    const now = await api.student.call(getOne, { params: { id } });
    expect(now.body).toMatchObject({ kind: 'prompt', bodyText: 'Second wording?' });
    expect((await api.instructor.call(edit, patch({ body: '' }))).status).toBe(400);
    const hidden = await api.instructor.call(edit, patch({ visibility: 'private' }));
    expect(hidden.status).toBe(400);
    expect(hidden.body!.error).toMatch(/prompt is for the course/);
  });
});
