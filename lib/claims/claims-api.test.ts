import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getOne } from '@/app/api/v1/annotations/[id]/route';
import { POST as hide } from '@/app/api/v1/annotations/[id]/hide/route';
import { POST as unhide } from '@/app/api/v1/annotations/[id]/unhide/route';
import { POST as report } from '@/app/api/v1/annotations/[id]/report/route';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as hideReply } from '@/app/api/v1/replies/[id]/hide/route';
import { POST as attach } from '@/app/api/v1/annotations/[id]/sources/route';
import { POST as verdict } from '@/app/api/v1/claims/[id]/verdict/route';
import { GET as audit } from '@/app/api/v1/courses/[id]/audit/route';
import { POST as flag } from '@/app/api/v1/documents/[id]/claims/route';
import { GET as list, POST as create } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as queue } from '@/app/api/v1/moderation/queue/route';
import { getDb } from '../db/prisma';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { createDocument } from '../documents/create-document';
import { makeCourse, makeCourseDocument, makeUser, paragraphDoc } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Who = 'instructor' | 'moderator' | 'student' | 'author' | 'outsider';
type Claim = {
  id: string;
  kind: string;
  visibility: string;
  claim: {
    status: string;
    reason: string;
    history: { from: string | null; to: string; note: string }[];
  };
  sources: { id: string; relation: string }[];
};

const TEXT =
  'The army lost three of its five marshals and 13 of its 15 army commanders in the purge.';
const post = (body: unknown, params: Record<string, string>) => jsonRequest('POST', body, params);
const target = (exact: string) => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
});
const BOOK = {
  type: 'book',
  title: 'The Great Terror',
  authors: ['Conquest, Robert'],
  publisher: 'Oxford University Press',
  issued: '1990',
  isbn: '978-0-19-507132-0',
};

let api: Record<Who, Api>;
let users: Record<Exclude<Who, 'outsider'>, { id: string }>;
let courseId: string;
let documentId: string;

// No session and no valid token: what an anonymous caller of the API presents.
const anonymousPost = () =>
  new Request('http://localhost/x', {
    method: 'POST',
    headers: { authorization: 'Bearer sch_nobody' },
    body: '{}',
  });

async function flagClaim(who: Api, exact = 'three of its five marshals') {
  const res = await who.call(
    flag,
    post({ ...target(exact), reason: 'needs_citation', body: 'Source?' }, { id: documentId }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as unknown as Claim;
}

async function attachBook(who: Api, claimId: string, relation = 'supports', extra = {}) {
  return who.call(attach, post({ source: { ...BOOK, ...extra }, relation }, { id: claimId }));
}

beforeAll(async () => {
  const course = await makeCourse<'instructor' | 'moderator' | 'student' | 'author'>({
    instructor: 'INSTRUCTOR',
    moderator: 'MODERATOR',
    student: 'STUDENT',
    author: 'STUDENT',
  });
  courseId = course.courseId;
  users = course.users;
  documentId = await makeCourseDocument({
    ownerId: course.users.instructor.id,
    courseId,
    title: 'Purges',
    text: TEXT,
  });
  api = {
    instructor: await apiClientFor(course.users.instructor.id),
    moderator: await apiClientFor(course.users.moderator.id),
    student: await apiClientFor(course.users.student.id),
    author: await apiClientFor(course.users.author.id),
    outsider: await apiClientFor((await makeUser('outsider')).id),
  };
});

describe('flagging a claim', () => {
  it('makes an open claim with its reason and its flagging as the first step of its history', async () => {
    const claim = await flagClaim(api.author);
    expect(claim.kind).toBe('claim');
    expect(claim.visibility).toBe('course');
    expect(claim.claim).toMatchObject({ status: 'open', reason: 'needs_citation' });
    expect(claim.claim.history).toEqual([
      expect.objectContaining({ from: null, to: 'open', note: 'Source?' }),
    ]);
  });

  it('refuses a private claim, a bad reason, and a claim on a document outside a course', async () => {
    const res = await api.author.call(
      flag,
      post(
        { ...target('the purge'), reason: 'needs_citation', visibility: 'private' },
        { id: documentId },
      ),
    );
    expect([res.status, res.body?.error]).toEqual([
      400,
      'A flagged claim is for the course to review, so it cannot be private.',
    ]);
    const bad = await api.author.call(
      flag,
      post({ ...target('the purge'), reason: 'boring' }, { id: documentId }),
    );
    expect(bad.status).toBe(400);
    expect(String(bad.body?.error)).toMatch(/Choose a reason/);
    const own = await createDocument({
      ownerId: users.author.id,
      title: 'Mine',
      content: paragraphDoc(TEXT),
      text: TEXT,
    });
    const outside = await api.author.call(
      flag,
      post({ ...target('the purge'), reason: 'other' }, { id: own.id }),
    );
    expect([outside.status, outside.body?.error]).toEqual([
      400,
      'Claims are reviewed by a course’s moderators; put this document in a course to flag claims.',
    ]);
  });

  it('is 404 for an outsider and 401 without credentials', async () => {
    expect(
      (
        await api.outsider.call(
          flag,
          post({ ...target('purge'), reason: 'other' }, { id: documentId }),
        )
      ).status,
    ).toBe(404);
    const anonymous = await flag(anonymousPost(), { params: Promise.resolve({ id: documentId }) });
    expect(anonymous.status).toBe(401);
  });
});

describe('verdicts', () => {
  it('lets only moderators and instructors record one: student 403, outsider 404, anonymous 401', async () => {
    const claim = await flagClaim(api.author);
    const body = { status: 'unverifiable', note: 'No archive access.' };
    expect((await api.student.call(verdict, post(body, { id: claim.id }))).status).toBe(403);
    expect((await api.author.call(verdict, post(body, { id: claim.id }))).status).toBe(403);
    expect((await api.outsider.call(verdict, post(body, { id: claim.id }))).status).toBe(404);
    const anonymous = await verdict(anonymousPost(), {
      params: Promise.resolve({ id: claim.id }),
    });
    expect(anonymous.status).toBe(401);
    expect((await api.moderator.call(verdict, post(body, { id: claim.id }))).status).toBe(200);
    const reopen = { status: 'open', note: 'New archive found.' };
    expect((await api.instructor.call(verdict, post(reopen, { id: claim.id }))).status).toBe(200);
  });

  it('needs evidence with the matching relation, cited from the claim’s own sources', async () => {
    const claim = await flagClaim(api.author);
    const supported = { status: 'supported', note: 'Conquest gives these figures.' };
    const none = await api.moderator.call(verdict, post(supported, { id: claim.id }));
    expect([none.status, none.body?.error]).toEqual([
      400,
      'A “supported” verdict needs at least one attached source that supports the claim; attach one and cite it.',
    ]);
    // Any member adds evidence to a claim.
    const added = await attachBook(api.student, claim.id, 'refutes');
    expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    const sourceId = String(added.body!.sourceId);
    const wrong = await api.moderator.call(
      verdict,
      post({ ...supported, sourceIds: [sourceId] }, { id: claim.id }),
    );
    expect(wrong.status).toBe(400);
    const other = await getDb().source.create({
      data: {
        courseId,
        createdById: users.author.id,
        type: 'BOOK',
        title: 'Unattached',
        dedupeKey: 'title:unattached',
      },
    });
    const foreign = await api.moderator.call(
      verdict,
      post({ ...supported, sourceIds: [other.id] }, { id: claim.id }),
    );
    expect([foreign.status, foreign.body?.error]).toEqual([
      400,
      'Cite only sources attached to this claim; attach a source first.',
    ]);
    await attachBook(api.moderator, claim.id, 'supports');
    const ok = await api.moderator.call(
      verdict,
      post({ ...supported, sourceIds: [sourceId] }, { id: claim.id }),
    );
    expect(ok.body).toEqual({ id: claim.id, status: 'supported' });
    const seen = (await api.author.call(getOne, { params: { id: claim.id } }))
      .body as unknown as Claim;
    expect(seen.claim.status).toBe('supported');
    expect(seen.claim.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'open'],
      ['open', 'supported'],
    ]);
    expect(seen.sources).toEqual([expect.objectContaining({ id: sourceId, relation: 'supports' })]);
  });

  it('refuses an illegal transition and a change without a note', async () => {
    const claim = await flagClaim(api.author);
    await api.moderator.call(
      verdict,
      post({ status: 'dismissed', note: 'Not a claim.' }, { id: claim.id }),
    );
    const illegal = await api.moderator.call(
      verdict,
      post({ status: 'unverifiable', note: 'x' }, { id: claim.id }),
    );
    expect([illegal.status, illegal.body?.error]).toEqual([
      400,
      'A claim that is dismissed cannot become unverifiable; it can become open.',
    ]);
    const silent = await api.moderator.call(verdict, post({ status: 'open' }, { id: claim.id }));
    expect(silent.status).toBe(400);
    const bogus = await api.moderator.call(verdict, post({ status: 'true' }, { id: claim.id }));
    expect(bogus.status).toBe(400);
  });

  it('refuses a verdict on a note that is not a claim', async () => {
    const res = await api.author.call(create, post(target('the purge'), { id: documentId }));
    const noteId = String(res.body!.id);
    expect(
      (await api.moderator.call(verdict, post({ status: 'dismissed', note: 'x' }, { id: noteId })))
        .status,
    ).toBe(404);
  });
});

describe('the moderation queue', () => {
  it('lists the claims of moderated courses, filtered and oldest first, and refuses students', async () => {
    const first = await flagClaim(api.author, 'army commanders');
    const second = await flagClaim(api.student, 'the purge');
    await getDb().annotation.update({
      where: { id: first.id },
      data: { createdAt: new Date(Date.now() - 10 * 86_400_000) },
    });
    const q = async (who: Api, query: string) =>
      who.call(queue, { url: `http://localhost/api/v1/moderation/queue?${query}` });
    const all = await q(api.moderator, `documentId=${documentId}&limit=100`);
    const ids = (all.body!.items as { id: string }[]).map((i) => i.id);
    expect(ids.indexOf(first.id)).toBe(0);
    expect(ids).toContain(second.id);
    const old = await q(api.instructor, `documentId=${documentId}&minAgeDays=7`);
    expect((old.body!.items as { id: string }[]).map((i) => i.id)).toEqual([first.id]);
    const byAuthor = await q(
      api.moderator,
      `documentId=${documentId}&authorId=${users.student.id}`,
    );
    expect((byAuthor.body!.items as { id: string }[]).every((i) => i.id !== first.id)).toBe(true);
    const none = await q(api.moderator, `documentId=${documentId}&reason=misleading`);
    expect(none.body!.items).toEqual([]);
    const page = await q(api.moderator, `documentId=${documentId}&limit=1`);
    const next = await q(
      api.moderator,
      `documentId=${documentId}&limit=1&cursor=${String(page.body!.nextCursor)}`,
    );
    expect((next.body!.items as { id: string }[])[0]!.id).not.toBe(first.id);
    expect((await q(api.student, '')).status).toBe(403);
    expect((await q(api.outsider, '')).status).toBe(403);
    expect((await q(api.moderator, 'status=maybe')).status).toBe(400);
  });
});

describe('hiding and reporting', () => {
  it('hides a note from everyone but its author and moderators, and records it', async () => {
    const res = await api.author.call(
      create,
      post({ ...target('marshals'), body: 'rude words', visibility: 'course' }, { id: documentId }),
    );
    const id = String(res.body!.id);
    expect((await api.student.call(report, post({ reason: 'Abusive.' }, { id }))).status).toBe(201);
    expect((await api.author.call(report, post({ reason: 'Mine.' }, { id }))).status).toBe(403);
    expect((await api.student.call(hide, post({ reason: 'Abuse.' }, { id }))).status).toBe(403);
    expect((await api.outsider.call(hide, post({ reason: 'Abuse.' }, { id }))).status).toBe(404);
    expect((await api.moderator.call(hide, post({}, { id }))).status).toBe(400);
    expect((await api.moderator.call(hide, post({ reason: 'Abuse.' }, { id }))).status).toBe(200);
    const twice = await api.instructor.call(hide, post({ reason: 'Abuse.' }, { id }));
    expect([twice.status, twice.body?.error]).toEqual([
      409,
      'That note is already hidden; reload to see its state.',
    ]);
    const seenBy = async (who: Api) =>
      (
        (await who.call(list, { params: { id: documentId } })).body!.items as {
          id: string;
          hiddenNotice?: string;
        }[]
      ).find((n) => n.id === id);
    expect(await seenBy(api.student)).toBeUndefined();
    expect((await seenBy(api.author))?.hiddenNotice).toBe('Hidden by a moderator.');
    expect(await seenBy(api.moderator)).toBeDefined();
    expect((await api.student.call(getOne, { params: { id } })).status).toBe(404);
    expect(
      (await api.instructor.call(unhide, post({ reason: 'On review, fine.' }, { id }))).status,
    ).toBe(200);
    expect(await seenBy(api.student)).toBeDefined();
    const log = await api.instructor.call(audit, { params: { id: courseId } });
    const actions = (log.body!.items as { action: string; annotationId: string }[])
      .filter((e) => e.annotationId === id)
      .map((e) => e.action);
    expect(actions).toEqual(['unhide', 'hide', 'report']);
    expect((await api.moderator.call(audit, { params: { id: courseId } })).status).toBe(403);
    expect((await api.student.call(audit, { params: { id: courseId } })).status).toBe(403);
    expect((await api.outsider.call(audit, { params: { id: courseId } })).status).toBe(404);
  });

  it('hides a reply, and only moderators may', async () => {
    const res = await api.author.call(
      create,
      post({ ...target('commanders'), body: 'a note', visibility: 'course' }, { id: documentId }),
    );
    const noteId = String(res.body!.id);
    const r = await api.student.call(replyTo, post({ body: 'nasty reply' }, { id: noteId }));
    const replyId = String(r.body!.id);
    expect((await api.author.call(hideReply, post({ reason: 'x' }, { id: replyId }))).status).toBe(
      403,
    );
    expect(
      (await api.moderator.call(hideReply, post({ reason: 'Abuse.' }, { id: replyId }))).status,
    ).toBe(200);
    const note = (await api.author.call(getOne, { params: { id: noteId } })).body as {
      replies: { id: string }[];
    };
    expect(note.replies.map((x) => x.id)).not.toContain(replyId);
  });
});

describe('sources on notes', () => {
  it('lets only the author attach to a plain note, and reuses a library duplicate', async () => {
    const res = await api.author.call(
      create,
      post(
        { ...target('five marshals'), body: 'cite this', visibility: 'course' },
        { id: documentId },
      ),
    );
    const id = String(res.body!.id);
    expect((await attachBook(api.student, id)).status).toBe(403);
    expect((await attachBook(api.outsider, id)).status).toBe(404);
    const first = await attachBook(api.author, id, 'context', { isbn: '0195071328' });
    expect(first.status, JSON.stringify(first.body)).toBeLessThan(300);
    const again = await attachBook(api.author, id, 'supports', {
      title: 'the great terror!',
      isbn: '9780195071320',
    });
    expect(again.body!.sourceId).toBe(first.body!.sourceId);
    const bad = await api.author.call(
      attach,
      post({ source: { ...BOOK, isbn: '978-0-19-507132-1' } }, { id }),
    );
    expect(bad.status).toBe(400);
    expect(String(bad.body!.error)).toMatch(/ISBN/);
  });
});
