import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE } from '@/app/api/v1/annotations/[id]/route';
import { POST as reply } from '@/app/api/v1/annotations/[id]/replies/route';
import { GET as search } from '@/app/api/v1/annotations/route';
import { POST as create } from '@/app/api/v1/documents/[id]/annotations/route';
import { POST as createDocument } from '@/app/api/v1/documents/route';
import { can } from '../authz/can';
import { getDb } from '../db/prisma';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeUser } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Hit = {
  id: string;
  documentId: string;
  documentTitle: string;
  quote: string;
  bodyText: string;
  tags: string[];
  color: string | null;
  author: { id: string; name: string };
  createdAt: string;
};
type Who = 'teacher' | 'ta' | 'ana' | 'ben' | 'stranger' | 'other';

const TEXT =
  'The purge took three of five marshals.\n\nLater historians disputed the figures.\n\nArchives opened in 1991.';
// Unique to this file's run, so results from other test files never mix in.
const TAG = `cmp-${randomUUID().slice(0, 8)}`;
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

let users: Record<Who, { id: string }>;
let api: Record<Who, Api>;
let courseDoc: string;
let anaDoc: string;
let otherDoc: string;
const made: Record<string, string> = {};

async function document(who: Api, title: string, courseId?: string) {
  const res = await who.call(createDocument, json({ title, text: TEXT, courseId }));
  return String(res.body!.id);
}

async function note(
  name: string,
  who: Api,
  documentId: string,
  { exact = 'historians disputed', ...rest }: Record<string, unknown> & { exact?: string },
) {
  const res = await who.call(create, {
    ...json({ target: { selector: [{ type: 'TextQuoteSelector', exact }] }, ...rest }),
    params: { id: documentId },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  made[name] = String(res.body!.id);
}

async function find(who: Api, params: Record<string, string>) {
  const res = await who.call(search, {
    url: `http://localhost/api/v1/annotations?${new URLSearchParams(params)}`,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { items: res.body!.items as Hit[], total: res.body!.total as number };
}

const ids = (hits: { items: Hit[] }) => hits.items.map((h) => h.id).sort();

beforeAll(async () => {
  const course = await makeCourse({
    teacher: 'INSTRUCTOR',
    ta: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
  });
  const elsewhere = await makeCourse({ other: 'INSTRUCTOR' });
  users = { ...course.users, ...elsewhere.users, stranger: await makeUser('stranger') };
  api = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await apiClientFor(u.id)])),
  ) as Record<Who, Api>;
  courseDoc = await document(api.teacher, 'Purges', course.courseId);
  anaDoc = await document(api.ana, 'Ana’s own copy');
  otherDoc = await document(api.other, 'Another class', elsewhere.courseId);
  const tags = (...t: string[]) => [TAG, ...t];
  await note('anaPrivate', api.ana, courseDoc, {
    body: 'My secret doubt about marshals',
    visibility: 'private',
    tags: tags('doubt'),
  });
  await note('anaCourse', api.ana, courseDoc, {
    exact: 'Archives opened',
    body: 'The figures were purged from the record',
    visibility: 'course',
    tags: tags('evidence'),
    color: 'evidence',
  });
  await note('anaPublic', api.ana, courseDoc, {
    body: 'Open to all',
    visibility: 'public',
    tags: tags(),
  });
  await note('anaHidden', api.ana, courseDoc, {
    body: 'Hidden but mine',
    visibility: 'course',
    tags: tags(),
  });
  await note('benHidden', api.ben, courseDoc, {
    body: 'rude remark',
    visibility: 'course',
    tags: tags(),
  });
  await note('benPrivate', api.ben, courseDoc, {
    body: 'ben alone',
    visibility: 'private',
    tags: tags(),
  });
  await note('benHighlight', api.ben, courseDoc, {
    exact: 'three of five marshals',
    visibility: 'course',
    tags: tags('doubt'),
  });
  await note('taPrivate', api.ta, courseDoc, {
    body: 'ta notes',
    visibility: 'private',
    tags: tags(),
  });
  await note('teacherPublic', api.teacher, courseDoc, {
    body: 'Read the archive chapter',
    visibility: 'public',
    tags: tags(),
  });
  await note('deleted', api.ana, courseDoc, {
    body: 'regretted remark',
    visibility: 'course',
    tags: tags(),
  });
  await note('anaOwnDocPublic', api.ana, anaDoc, {
    body: 'public on a private document',
    visibility: 'public',
    tags: tags(),
  });
  await note('anaOwnDocPrivate', api.ana, anaDoc, {
    body: 'private on my document',
    visibility: 'private',
    tags: tags(),
  });
  await note('otherPublic', api.other, otherDoc, {
    body: 'other class, public',
    visibility: 'public',
    tags: tags(),
  });
  await getDb().annotation.updateMany({
    where: { id: { in: [made.anaHidden!, made.benHidden!] } },
    data: { hiddenAt: new Date(), hiddenReason: 'test' },
  });
  await api.ben.call(reply, {
    ...json({ body: 'keeps the thread' }),
    params: { id: made.deleted! },
  });
  expect(
    (await api.ana.call(DELETE, { method: 'DELETE', params: { id: made.deleted! } })).status,
  ).toBe(204);
});

describe('searching notes', () => {
  it('finds notes by stemmed words in the comment or in the quoted passage', async () => {
    expect(ids(await find(api.ben, { q: 'purge', tag: TAG }))).toEqual([made.anaCourse]);
    expect(ids(await find(api.ben, { q: 'marshal', tag: TAG }))).toEqual([made.benHighlight]);
    expect(ids(await find(api.ana, { q: 'marshals', tag: TAG }))).toEqual(
      [made.anaPrivate!, made.benHighlight!].sort(),
    );
  });

  it('finds partial words, and says what it found', async () => {
    const hits = await find(api.ben, { q: 'chapt', tag: TAG });
    expect(ids(hits)).toEqual([made.teacherPublic]);
    expect(hits.total).toBe(1);
    const [hit] = (await find(api.ben, { q: 'purged fro', tag: TAG })).items;
    expect(hit).toEqual({
      id: made.anaCourse,
      documentId: courseDoc,
      documentTitle: 'Purges',
      quote: 'Archives opened',
      bodyText: 'The figures were purged from the record',
      tags: [TAG, 'evidence'],
      color: 'evidence',
      author: { id: users.ana.id, name: 'ana' },
      createdAt: expect.any(String),
    });
  });

  it('filters by tag, author (id or name) and document, and pages', async () => {
    expect(ids(await find(api.ana, { tag: 'DOUBT', document: courseDoc }))).toEqual(
      [made.anaPrivate!, made.benHighlight!].sort(),
    );
    expect(ids(await find(api.ben, { author: users.teacher.id, tag: TAG }))).toEqual([
      made.teacherPublic,
    ]);
    expect(ids(await find(api.ben, { author: 'AN', tag: TAG }))).toEqual(
      [made.anaCourse!, made.anaPublic!].sort(),
    );
    expect(ids(await find(api.ana, { document: anaDoc }))).toEqual(
      [made.anaOwnDocPublic!, made.anaOwnDocPrivate!].sort(),
    );
    const first = await find(api.ben, { tag: TAG, pageSize: '2' });
    const second = await find(api.ben, { tag: TAG, pageSize: '2', page: '2' });
    expect([first.items.length, second.items.length, first.total]).toEqual([2, 2, 6]);
    expect(first.items.map((h) => h.id)).not.toContain(second.items[0]!.id);
  });

  it('never shows another student a private, hidden or deleted note, even by its exact words', async () => {
    for (const q of ['secret doubt', 'Hidden but mine', 'regretted remark'])
      expect((await find(api.ben, { q })).total, q).toBe(0);
    for (const q of ['rude remark', 'ben alone'])
      expect((await find(api.ana, { q })).total, q).toBe(0);
    expect(ids(await find(api.ana, { q: 'Hidden but mine' }))).toEqual([made.anaHidden]);
    expect(ids(await find(api.ta, { q: 'rude remark' }))).toEqual([made.benHidden]);
    expect((await find(api.stranger, { document: courseDoc })).total).toBe(0);
    expect((await find(api.other, { q: 'public on a private document' })).total).toBe(0);
  });

  it('finds exactly what can(actor, "read", note) allows, for every actor and note', async () => {
    const rows = await getDb().annotation.findMany({
      where: { tags: { has: TAG }, deletedAt: null },
      include: { document: { select: { ownerId: true, courseId: true } } },
    });
    expect(rows).toHaveLength(12);
    for (const [who, user] of Object.entries(users)) {
      const roles = new Map(
        (await getDb().membership.findMany({ where: { userId: user.id } })).map((m) => [
          m.courseId,
          m.role,
        ]),
      );
      const expected = rows
        .filter((r) =>
          can(user, 'read', {
            type: 'annotation',
            kind: r.kind,
            authorId: r.authorId,
            visibility: r.visibility,
            hidden: r.hiddenAt !== null,
            document: {
              type: 'document',
              ownerId: r.document.ownerId,
              actorCourseRole: (r.document.courseId && roles.get(r.document.courseId)) || null,
              courseArchived: false,
              assignmentClosed: false,
              peersHidden: false,
            },
          }),
        )
        .map((r) => r.id)
        .sort();
      const found = await find(api[who as Who], { tag: TAG, pageSize: '100' });
      expect(ids(found), who).toEqual(expected);
      expect(found.total, who).toBe(expected.length);
    }
  });
});
