import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getOne, PATCH, DELETE } from '@/app/api/v1/annotations/[id]/route';
import { POST as reply } from '@/app/api/v1/annotations/[id]/replies/route';
import { GET as list, POST as create } from '@/app/api/v1/documents/[id]/annotations/route';
import { POST as createDocument } from '@/app/api/v1/documents/route';
import { PUT } from '@/app/api/v1/documents/[id]/route';
import { DELETE as deleteReply, PATCH as patchReply } from '@/app/api/v1/replies/[id]/route';
import { can } from '../authz/can';
import { listHighlights } from './list-highlights';
import { getDb } from '../db/prisma';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeUser } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Note = {
  id: string;
  bodyText: string;
  anchor: { status: string; start: number | null; end: number | null };
  hidden: boolean;
  hiddenNotice?: string;
  deleted: boolean;
  replies: unknown[];
};

const TEXT =
  'The purge took three of five marshals.\n\nLater historians disputed the figures.\n\nThe purge took three of five marshals.';
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const quote = (exact: string, extra: Record<string, unknown> = {}) => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
  ...extra,
});

let course: Awaited<ReturnType<typeof makeCourse<'teacher' | 'ta' | 'ana' | 'ben'>>>;
let api: Record<'teacher' | 'ta' | 'ana' | 'ben' | 'stranger', Api>;
let documentId: string;

async function notes(who: Api, id = documentId) {
  const res = await who.call(list, { params: { id } });
  return { status: res.status, items: (res.body?.items ?? []) as Note[] };
}

async function note(who: Api, body: unknown) {
  const res = await who.call(create, { ...json(body), params: { id: documentId } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as unknown as Note;
}

beforeAll(async () => {
  course = await makeCourse({
    teacher: 'INSTRUCTOR',
    ta: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
  });
  api = {
    teacher: await apiClientFor(course.users.teacher.id),
    ta: await apiClientFor(course.users.ta.id),
    ana: await apiClientFor(course.users.ana.id),
    ben: await apiClientFor(course.users.ben.id),
    stranger: await apiClientFor((await makeUser('stranger')).id),
  };
  const doc = await api.teacher.call(
    createDocument,
    json({ title: 'Purges', text: TEXT, courseId: course.courseId }),
  );
  documentId = String(doc.body!.id);
});

describe('visibility', () => {
  it('keeps a private note from another student through every endpoint', async () => {
    const secret = await note(
      api.ana,
      quote('Later historians', { body: 'my secret doubt', visibility: 'private' }),
    );
    const shared = await note(
      api.ana,
      quote('disputed the figures', { body: 'for the class', visibility: 'course' }),
    );
    const benSees = (await notes(api.ben)).items.map((n) => n.id);
    expect(benSees).toContain(shared.id);
    expect(benSees).not.toContain(secret.id);
    const target = { params: { id: secret.id } };
    expect(
      (await api.ben.call(PATCH, { ...json({ body: 'x' }), method: 'PATCH', ...target })).status,
    ).toBe(404);
    expect((await api.ben.call(DELETE, { method: 'DELETE', ...target })).status).toBe(404);
    expect((await api.ben.call(reply, { ...json({ body: 'x' }), ...target })).status).toBe(404);
    expect((await api.teacher.call(reply, { ...json({ body: 'x' }), ...target })).status).toBe(404);
    expect((await notes(api.stranger)).status).toBe(404);
    expect(JSON.stringify((await notes(api.ben)).items)).not.toContain('my secret doubt');
    expect((await api.ben.call(getOne, target)).status).toBe(404);
    expect((await api.stranger.call(getOne, { params: { id: shared.id } })).status).toBe(404);
    const own = await api.ana.call(getOne, target);
    expect([own.status, own.body?.bodyText]).toEqual([200, 'my secret doubt']);
  });

  it('shows hidden notes only to their author (with a notice) and to moderators', async () => {
    const rude = await note(
      api.ben,
      quote('disputed', { body: 'rude remark', visibility: 'course' }),
    );
    await getDb().annotation.update({
      where: { id: rude.id },
      data: { hiddenAt: new Date(), hiddenReason: 'abuse' },
    });
    expect((await notes(api.ana)).items.map((n) => n.id)).not.toContain(rude.id);
    expect((await notes(api.ta)).items.find((n) => n.id === rude.id)?.hidden).toBe(true);
    expect((await notes(api.teacher)).items.map((n) => n.id)).toContain(rude.id);
    const own = (await notes(api.ben)).items.find((n) => n.id === rude.id)!;
    expect(own.hiddenNotice).toBe('Hidden by a moderator.');
    expect(
      (await api.ben.call(reply, { ...json({ body: 'but why' }), params: { id: rude.id } })).status,
    ).toBe(403);
  });

  it('lists exactly what can(actor, "read", note) allows, for every actor and note', async () => {
    const discussed = await note(api.teacher, quote('the figures', { visibility: 'public' }));
    await note(api.ta, quote('historians', { visibility: 'private' }));
    // A thread with a visible, a hidden and a deleted reply: counts differ by reader.
    const answer = async (who: Api, body: string) =>
      String((await who.call(reply, { ...json({ body }), params: { id: discussed.id } })).body!.id);
    await answer(api.ana, 'seen by all');
    const hidden = await answer(api.ben, 'hidden later');
    const gone = await answer(api.ta, 'deleted later');
    await getDb().reply.update({ where: { id: hidden }, data: { hiddenAt: new Date() } });
    await getDb().reply.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    const rows = await getDb().annotation.findMany({ where: { documentId, deletedAt: null } });
    for (const [who, user] of Object.entries(course.users)) {
      const role = (
        await getDb().membership.findFirstOrThrow({
          where: { userId: user.id, courseId: course.courseId },
        })
      ).role;
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
              ownerId: course.users.teacher.id,
              actorCourseRole: role,
              courseArchived: false,
              assignmentClosed: false,
              peersHidden: false,
            },
          }),
        )
        .map((r) => r.id)
        .sort();
      const items = (await notes(api[who as keyof typeof api])).items;
      const listed = items.map((n) => n.id).sort();
      expect(listed, who).toEqual(expected);
      // The reader paints from listHighlights before the notes load: the same notes,
      // with the same ranges and visible reply counts.
      const painted = (await listHighlights(user, documentId)).map((h) => [
        h.id,
        h.start,
        h.end,
        h.replyCount,
      ]);
      const fromNotes = items
        .filter((n) => n.anchor.start !== null)
        .map((n) => [n.id, n.anchor.start, n.anchor.end, n.replies.length]);
      expect(painted, who).toEqual(fromNotes);
      const thread = items.find((n) => n.id === discussed.id)!;
      expect(thread.replies.length, who).toBe(
        who === 'ben' || who === 'ta' || who === 'teacher' ? 2 : 1,
      );
    }
  });
});

describe('anchoring through the API', () => {
  it('places a quote-only note and picks the right copy of repeated text by position', async () => {
    const second = TEXT.lastIndexOf('The purge');
    const placed = await note(api.ana, {
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact: 'The purge took' },
          { type: 'TextPositionSelector', start: second, end: second + 'The purge took'.length },
        ],
      },
      visibility: 'private',
    });
    expect(placed.anchor).toMatchObject({ status: 'exact', start: second });
  });

  it('asks which one when a bare quote appears more than once', async () => {
    const res = await api.ana.call(create, {
      ...json(quote('three of five')),
      params: { id: documentId },
    });
    expect(res.status).toBe(400);
    expect(String(res.body!.error)).toMatch(/appears more than once/);
  });

  it('refuses a quote that is not in the document, and writes nothing', async () => {
    const before = await getDb().annotation.count();
    const res = await api.ana.call(create, {
      ...json(quote('words that are nowhere')),
      params: { id: documentId },
    });
    expect(res.status).toBe(400);
    expect(String(res.body!.error)).toMatch(/select the passage again/);
    expect(await getDb().annotation.count()).toBe(before);
  });

  it('reports moved and orphaned anchors honestly after the document is edited', async () => {
    const doc = await api.teacher.call(
      createDocument,
      json({
        title: 'Edits',
        text: 'Alpha beta gamma.\n\nDelta epsilon zeta.',
        courseId: course.courseId,
      }),
    );
    const id = String(doc.body!.id);
    const keep = await api.ana.call(create, { ...json(quote('Delta epsilon')), params: { id } });
    const lose = await api.ana.call(create, { ...json(quote('beta gamma')), params: { id } });
    await api.teacher.call(PUT, {
      method: 'PUT',
      params: { id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'A new opening line.\n\nAlpha.\n\nDelta epsilon zeta.' }),
    });
    const items = (await notes(api.ana, id)).items;
    expect(items.find((n) => n.id === keep.body!.id)?.anchor.status).toBe('moved');
    expect(items.find((n) => n.id === lose.body!.id)?.anchor.status).toBe('orphan');
  });
});

describe('creating with a client-chosen id', () => {
  it('makes the note once however often (or concurrently) the create is retried', async () => {
    const id = `retry${Date.now()}abcdefghijklmnop`;
    const body = quote('Later historians', { id, visibility: 'course' });
    const tries = await Promise.all(
      [1, 2, 3].map(() => api.ana.call(create, { ...json(body), params: { id: documentId } })),
    );
    expect(tries.map((t) => t.status)).toEqual([201, 201, 201]);
    expect(new Set(tries.map((t) => t.body?.id))).toEqual(new Set([id]));
    expect(await getDb().annotation.count({ where: { id } })).toBe(1);
    const taken = await api.ben.call(create, { ...json(body), params: { id: documentId } });
    expect(taken.status).toBe(409);
    const bad = await api.ben.call(create, {
      ...json(quote('Later historians', { id: 'NOT OK' })),
      params: { id: documentId },
    });
    expect(bad.status).toBe(400);
  });
});

describe('re-attaching an orphan', () => {
  it('lets the author or a moderator re-attach, but not another student', async () => {
    const doc = await api.teacher.call(
      createDocument,
      json({
        title: 'Orphans',
        text: 'Old wording here.\n\nStable text.',
        courseId: course.courseId,
      }),
    );
    const id = String(doc.body!.id);
    const orphan = await api.ana.call(create, {
      ...json(quote('Old wording', { visibility: 'course' })),
      params: { id },
    });
    await api.teacher.call(PUT, {
      method: 'PUT',
      params: { id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'New phrasing here.\n\nStable text.' }),
    });
    expect((await notes(api.ana, id)).items[0]!.anchor.status).toBe('orphan');
    const target = { target: { selector: [{ type: 'TextQuoteSelector', exact: 'New phrasing' }] } };
    const patch = (who: Api) =>
      who.call(PATCH, {
        ...json(target),
        method: 'PATCH',
        params: { id: String(orphan.body!.id) },
      });
    expect((await patch(api.ben)).status).toBe(403);
    expect((await patch(api.ta)).status).toBe(200);
    const after = (await notes(api.ana, id)).items[0]!;
    expect(after.anchor).toMatchObject({ status: 'exact', start: 0, end: 'New phrasing'.length });
    expect((await patch(api.ana)).status).toBe(200);
  });
});

describe('replies', () => {
  it('lets only the author edit (marked edited) or delete a reply; a deleted reply is gone', async () => {
    const own = await note(
      api.ana,
      quote('historians', { body: 'a question', visibility: 'course' }),
    );
    const made = await api.ben.call(reply, {
      ...json({ body: 'an answer' }),
      params: { id: own.id },
    });
    expect(made.status).toBe(201);
    const replyId = String(made.body!.id);
    const edit = (who: Api, body: unknown) =>
      who.call(patchReply, { ...json({ body }), method: 'PATCH', params: { id: replyId } });
    const remove = (who: Api) =>
      who.call(deleteReply, { method: 'DELETE', params: { id: replyId } });
    expect((await edit(api.ana, 'not mine')).status).toBe(403);
    expect((await edit(api.stranger, 'not mine')).status).toBe(404);
    expect((await edit(api.ben, '')).status).toBe(400);
    expect((await edit(api.ben, 'a better answer')).status).toBe(200);
    const thread = (await notes(api.ana)).items.find((n) => n.id === own.id)!;
    expect(thread.replies).toEqual([
      expect.objectContaining({ id: replyId, bodyText: 'a better answer', edited: true }),
    ]);
    expect((await remove(api.ta)).status).toBe(403);
    expect((await remove(api.ben)).status).toBe(204);
    expect((await remove(api.ben)).status).toBe(404);
    expect((await notes(api.teacher)).items.find((n) => n.id === own.id)!.replies).toEqual([]);
    const row = await getDb().reply.findUniqueOrThrow({ where: { id: replyId } });
    expect(row.deletedAt).not.toBeNull();
  });
});

describe('editing, replies and deletion', () => {
  it('edits a comment (marked edited), keeps unsafe links out, and leaves a placeholder when deleted with replies', async () => {
    const own = await note(
      api.ana,
      quote('historians', { body: 'first thought', visibility: 'course' }),
    );
    const link = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'see',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    expect(
      (
        await api.ana.call(PATCH, {
          ...json({ body: link, tags: ['Source', 'source'] }),
          method: 'PATCH',
          params: { id: own.id },
        })
      ).status,
    ).toBe(200);
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id: own.id } });
    expect([
      JSON.stringify(row.body).includes('javascript'),
      row.editedAt !== null,
      row.tags,
    ]).toEqual([false, true, ['source']]);
    expect(
      (
        await api.ben.call(PATCH, {
          ...json({ body: 'mine now' }),
          method: 'PATCH',
          params: { id: own.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.ben.call(reply, {
          ...json({ body: '<script>alert(1)</script> I agree' }),
          params: { id: own.id },
        })
      ).status,
    ).toBe(201);
    expect((await api.ana.call(DELETE, { method: 'DELETE', params: { id: own.id } })).status).toBe(
      204,
    );
    const placeholder = (await notes(api.ben)).items.find((n) => n.id === own.id)!;
    expect(placeholder).toMatchObject({
      deleted: true,
      bodyText: '',
      replies: [{ bodyText: '<script>alert(1)</script> I agree' }],
    });

    const lonely = await note(api.ana, quote('figures', { visibility: 'course' }));
    await api.ana.call(DELETE, { method: 'DELETE', params: { id: lonely.id } });
    expect((await notes(api.ben)).items.map((n) => n.id)).not.toContain(lonely.id);
  });
});
