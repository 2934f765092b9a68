import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as search } from '@/app/api/v1/annotations/route';
import { GET as getOne } from '@/app/api/v1/annotations/[id]/route';
import { POST as dismissNote } from '@/app/api/v1/annotations/[id]/dismiss-report/route';
import { POST as hideNote } from '@/app/api/v1/annotations/[id]/hide/route';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as reportNote } from '@/app/api/v1/annotations/[id]/report/route';
import { POST as attach } from '@/app/api/v1/annotations/[id]/sources/route';
import { DELETE as detach } from '@/app/api/v1/annotations/[id]/sources/[sourceId]/route';
import { POST as unhideNote } from '@/app/api/v1/annotations/[id]/unhide/route';
import { POST as verdict } from '@/app/api/v1/claims/[id]/verdict/route';
import { GET as audit } from '@/app/api/v1/courses/[id]/audit/route';
import { GET as list, POST as create } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as bibliography } from '@/app/api/v1/documents/[id]/bibliography/route';
import { POST as flag } from '@/app/api/v1/documents/[id]/claims/route';
import { GET as library } from '@/app/api/v1/documents/[id]/sources/route';
import { GET as queue } from '@/app/api/v1/moderation/queue/route';
import { POST as dismissReply } from '@/app/api/v1/replies/[id]/dismiss-report/route';
import { POST as hideReply } from '@/app/api/v1/replies/[id]/hide/route';
import { POST as reportReply } from '@/app/api/v1/replies/[id]/report/route';
import { POST as unhideReply } from '@/app/api/v1/replies/[id]/unhide/route';
import { getDb } from '../db/prisma';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeCourseDocument, makeUser } from '../testing/make-course';

type Member = 'student' | 'author' | 'moderator' | 'instructor';
type Role = 'anonymous' | 'outsider' | Member;
/** The status each role gets; `author` (the student who wrote the target) only where it matters. */
type Expected = Record<Exclude<Role, 'author'>, number> & { author?: number };
type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;
type Init = { method?: string; body?: unknown; params?: Record<string, string>; query?: string };
type Note = { id: string; sources: { title: string }[]; replies: { id: string }[] };

const TEXT =
  'The army lost three of its five marshals and 13 of its 15 army commanders in the purge.';
// Unique to this run, so search results from other test files never mix in.
const WORD = `zq${randomUUID().replace(/[^a-f]/g, '')}`;
const target = (exact = 'five marshals') => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
});
// A new work each time, so attaching it is never a library reuse (200) instead of 201.
const newBook = () => ({
  type: 'book',
  title: `Evidence ${randomUUID()}`,
  authors: ['Conquest, Robert'],
  issued: '1990',
});

let secrets: Record<Role, string>;
let users: Record<Member, { id: string }>;
let courseId: string;
let documentId: string;

/** Calls a route handler as `who`; anonymous presents a token that matches no one. */
async function send<C>(who: Role, handler: RouteHandler<C>, init: Init = {}) {
  const headers = new Headers({ authorization: `Bearer ${secrets[who]}` });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`http://localhost/api/v1/x?${init.query ?? ''}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(request, { params: Promise.resolve(init.params ?? {}) } as C);
}

const status = async <C>(who: Role, handler: RouteHandler<C>, init: Init = {}) =>
  (await send(who, handler, init)).status;

/** Fixture set-up: the call must succeed, and its JSON body is returned. */
async function made<C>(who: Role, handler: RouteHandler<C>, init: Init, expected = 201) {
  const res = await send(who, handler, init);
  const text = await res.text();
  expect(res.status, text).toBe(expected);
  return JSON.parse(text) as Record<string, unknown>;
}

const reason = { reason: 'Checking the policy.' };

async function note(by: Member = 'author', body = 'A plain note.') {
  const input = { ...target(), body, visibility: 'course' };
  return String((await made(by, create, { body: input, params: { id: documentId } })).id);
}

async function claim() {
  const input = { ...target(), reason: 'needs_citation', body: 'Source?' };
  return String((await made('author', flag, { body: input, params: { id: documentId } })).id);
}

// The author's reply under someone else's note, so "author" means the reply's author.
async function reply() {
  const noteId = await note('instructor');
  const body = { body: 'A reply.' };
  return String((await made('author', replyTo, { body, params: { id: noteId } })).id);
}

async function evidence(by: Member, annotationId: string) {
  const body = { source: newBook(), relation: 'supports' };
  return String((await made(by, attach, { body, params: { id: annotationId } })).sourceId);
}

// Hidden and reported straight in the database, so a row fails only for its own endpoint.
async function hidden(kind: 'note' | 'reply') {
  const data = { hiddenAt: new Date(), hiddenReason: 'Set up as hidden.' };
  if (kind === 'note') {
    const id = await note();
    await getDb().annotation.update({ where: { id }, data });
    return id;
  }
  const id = await reply();
  await getDb().reply.update({ where: { id }, data });
  return id;
}

async function reported(kind: 'note' | 'reply') {
  const replyId = kind === 'reply' ? await reply() : null;
  const annotationId = replyId
    ? (await getDb().reply.findUniqueOrThrow({ where: { id: replyId } })).annotationId
    : await note();
  await getDb().moderationEvent.create({
    data: {
      courseId,
      actorId: users.student.id,
      action: 'REPORT',
      annotationId,
      replyId,
      ...reason,
    },
  });
  return replyId ?? annotationId;
}

const cases: { endpoint: string; call: (who: Role) => Promise<number>; expect: Expected }[] = [
  {
    endpoint: 'POST /documents/:id/claims (flag a claim)',
    call: (who) =>
      status(who, flag, {
        body: { ...target(), reason: 'misleading' },
        params: { id: documentId },
      }),
    expect: { anonymous: 401, outsider: 404, student: 201, moderator: 201, instructor: 201 },
  },
  {
    endpoint: 'POST /claims/:id/verdict',
    call: async (who) =>
      status(who, verdict, {
        body: { status: 'unverifiable', note: 'No archive access.' },
        params: { id: await claim() },
      }),
    expect: {
      anonymous: 401,
      outsider: 404,
      student: 403,
      author: 403,
      moderator: 200,
      instructor: 200,
    },
  },
  {
    endpoint: 'GET /moderation/queue',
    call: (who) => status(who, queue, { query: `documentId=${documentId}` }),
    expect: { anonymous: 401, outsider: 403, student: 403, moderator: 200, instructor: 200 },
  },
  ...(['note', 'reply'] as const).flatMap((kind) => {
    const path = kind === 'note' ? '/annotations/:id' : '/replies/:id';
    const handlers =
      kind === 'note'
        ? { hide: hideNote, unhide: unhideNote, report: reportNote, dismiss: dismissNote }
        : { hide: hideReply, unhide: unhideReply, report: reportReply, dismiss: dismissReply };
    const fresh = () => (kind === 'note' ? note() : reply());
    return [
      {
        endpoint: `POST ${path}/hide`,
        call: async (who: Role) =>
          status(who, handlers.hide, { body: reason, params: { id: await fresh() } }),
        expect: {
          anonymous: 401,
          outsider: 404,
          student: 403,
          author: 403,
          moderator: 200,
          instructor: 200,
        },
      },
      {
        // Hidden content is unreadable to other students, so for them it does not exist.
        endpoint: `POST ${path}/unhide (hidden ${kind})`,
        call: async (who: Role) =>
          status(who, handlers.unhide, { body: reason, params: { id: await hidden(kind) } }),
        expect: {
          anonymous: 401,
          outsider: 404,
          student: 404,
          author: 403,
          moderator: 200,
          instructor: 200,
        },
      },
      {
        endpoint: `POST ${path}/report (the author's ${kind})`,
        call: async (who: Role) =>
          status(who, handlers.report, { body: reason, params: { id: await fresh() } }),
        expect: {
          anonymous: 401,
          outsider: 404,
          student: 201,
          author: 403,
          moderator: 201,
          instructor: 201,
        },
      },
      {
        endpoint: `POST ${path}/dismiss-report (reported ${kind})`,
        call: async (who: Role) =>
          status(who, handlers.dismiss, { body: reason, params: { id: await reported(kind) } }),
        expect: {
          anonymous: 401,
          outsider: 404,
          student: 403,
          author: 403,
          moderator: 200,
          instructor: 200,
        },
      },
    ];
  }),
  {
    endpoint: 'POST /annotations/:id/sources (evidence on a claim)',
    call: async (who) =>
      status(who, attach, {
        body: { source: newBook(), relation: 'refutes' },
        params: { id: await claim() },
      }),
    expect: {
      anonymous: 401,
      outsider: 404,
      student: 201,
      author: 201,
      moderator: 201,
      instructor: 201,
    },
  },
  {
    endpoint: 'POST /annotations/:id/sources (on a plain note)',
    call: async (who) =>
      status(who, attach, { body: { source: newBook() }, params: { id: await note() } }),
    expect: {
      anonymous: 401,
      outsider: 404,
      student: 403,
      author: 201,
      moderator: 403,
      instructor: 403,
    },
  },
  {
    endpoint: 'DELETE /annotations/:id/sources/:sourceId (added by the claim’s author)',
    call: async (who) => {
      const id = await claim();
      const sourceId = await evidence('author', id);
      return status(who, detach, { method: 'DELETE', params: { id, sourceId } });
    },
    expect: {
      anonymous: 401,
      outsider: 404,
      student: 403,
      author: 204,
      moderator: 204,
      instructor: 204,
    },
  },
  {
    endpoint: 'DELETE /annotations/:id/sources/:sourceId (added by the student)',
    call: async (who) => {
      const id = await claim();
      const sourceId = await evidence('student', id);
      return status(who, detach, { method: 'DELETE', params: { id, sourceId } });
    },
    expect: {
      anonymous: 401,
      outsider: 404,
      student: 204,
      author: 204,
      moderator: 204,
      instructor: 204,
    },
  },
  {
    endpoint: 'GET /documents/:id/sources?q= (library search)',
    call: (who) => status(who, library, { query: 'q=Conquest', params: { id: documentId } }),
    expect: { anonymous: 401, outsider: 404, student: 200, moderator: 200, instructor: 200 },
  },
  {
    endpoint: 'GET /documents/:id/bibliography',
    call: (who) => status(who, bibliography, { params: { id: documentId } }),
    expect: { anonymous: 401, outsider: 404, student: 200, moderator: 200, instructor: 200 },
  },
  {
    endpoint: 'GET /courses/:id/audit',
    call: (who) => status(who, audit, { params: { id: courseId } }),
    expect: { anonymous: 401, outsider: 404, student: 403, moderator: 403, instructor: 200 },
  },
];

beforeAll(async () => {
  const course = await makeCourse<Member>({
    student: 'STUDENT',
    author: 'STUDENT',
    moderator: 'MODERATOR',
    instructor: 'INSTRUCTOR',
  });
  ({ courseId, users } = course);
  documentId = await makeCourseDocument({
    ownerId: users.instructor.id,
    courseId,
    title: 'Purges',
    text: TEXT,
  });
  const secretOf = async (id: string) => (await apiClientFor(id)).secret;
  secrets = {
    anonymous: 'sch_nobody',
    outsider: await secretOf((await makeUser('outsider')).id),
    student: await secretOf(users.student.id),
    author: await secretOf(users.author.id),
    moderator: await secretOf(users.moderator.id),
    instructor: await secretOf(users.instructor.id),
  };
});

describe('authorization matrix for every claim and moderation endpoint', () => {
  for (const { endpoint, call, expect: expected } of cases)
    it(endpoint, async () => {
      const roles = Object.keys(expected) as Role[];
      const statuses = await Promise.all(roles.map((who) => call(who)));
      expect(Object.fromEntries(roles.map((who, i) => [who, statuses[i]]))).toEqual(expected);
    });
});

describe('hidden content', () => {
  const notes = async (who: Role) =>
    (await made(who, list, { params: { id: documentId } }, 200)).items as unknown as Note[];
  const bibliographyText = async (who: Role) =>
    (await send(who, bibliography, { params: { id: documentId } })).text();
  const found = async (who: Role) => {
    const hits = await made(who, search, { query: `q=${WORD}&document=${documentId}` }, 200);
    return (hits.items as { id: string }[]).map((h) => h.id);
  };
  const repliesOf = async (who: Role, noteId: string) =>
    ((await made(who, getOne, { params: { id: noteId } }, 200)) as unknown as Note).replies.map(
      (r) => r.id,
    );

  it('keeps a hidden note, its sources and a hidden reply from a student, not from a moderator', async () => {
    const visibleId = await note('instructor', 'Read the archive chapter.');
    const replyId = String(
      (await made('author', replyTo, { body: { body: 'nasty' }, params: { id: visibleId } })).id,
    );
    const hiddenId = await note('author', `rude ${WORD}`);
    const title = `Hidden Evidence ${randomUUID()}`;
    await made('author', attach, {
      body: { source: { ...newBook(), title } },
      params: { id: hiddenId },
    });
    // Seen before hiding, so the absences below are the hiding's doing.
    expect((await notes('student')).map((n) => n.id)).toContain(hiddenId);
    expect(await bibliographyText('student')).toContain(title);
    expect(await found('student')).toContain(hiddenId);
    expect(await repliesOf('student', visibleId)).toContain(replyId);

    await made('moderator', hideNote, { body: reason, params: { id: hiddenId } }, 200);
    await made('moderator', hideReply, { body: reason, params: { id: replyId } }, 200);

    const studentNotes = await notes('student');
    expect(studentNotes.map((n) => n.id)).not.toContain(hiddenId);
    expect(studentNotes.find((n) => n.id === visibleId)?.replies.map((r) => r.id)).toEqual([]);
    expect(await status('student', getOne, { params: { id: hiddenId } })).toBe(404);
    expect(await repliesOf('student', visibleId)).toEqual([]);
    expect(await bibliographyText('student')).not.toContain(title);
    expect(await found('student')).not.toContain(hiddenId);

    const moderatorNotes = await notes('moderator');
    expect(moderatorNotes.find((n) => n.id === hiddenId)?.sources.map((s) => s.title)).toEqual([
      title,
    ]);
    expect(await repliesOf('moderator', visibleId)).toEqual([replyId]);
    expect(await status('moderator', getOne, { params: { id: hiddenId } })).toBe(200);
    expect(await bibliographyText('moderator')).toContain(title);
    expect(await found('moderator')).toContain(hiddenId);
  });
});
