import { describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/v1/annotations/[id]/route';
import { POST as reply } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as create } from '@/app/api/v1/documents/[id]/annotations/route';
import { POST as createDocument } from '@/app/api/v1/documents/route';
import { GET as list } from '@/app/api/v1/notifications/route';
import { POST as markRead } from '@/app/api/v1/notifications/read/route';
import { PATCH as patchReply } from '@/app/api/v1/replies/[id]/route';
import { getDb } from '../db/prisma';
import { openNotification } from './open-notification';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeUser } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Item = {
  id: string;
  kind: string;
  actor: { id: string; name: string };
  documentId: string;
  documentTitle: string;
  annotationId: string;
  excerpt: string;
  readAt: string | null;
};

const TEXT = 'Reading rooms had rules.\n\nSilence was expected, and pens were forbidden.';
const json = (body: unknown, method = 'POST') => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** A comment that @mentions the given users, then says `text`. */
function mentioning(text: string, ...ids: string[]) {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          ...ids.flatMap((id) => [
            { type: 'mention', attrs: { id, label: `user ${id.slice(0, 4)}` } },
            { type: 'text', text: ' ' },
          ]),
          { type: 'text', text },
        ],
      },
    ],
  };
}

/** A fresh course (so counts start at zero), its users' API clients and a course document. */
async function classroom() {
  const course = await makeCourse({
    teacher: 'INSTRUCTOR',
    ta: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
  });
  const stranger = await makeUser('stranger');
  const users = { ...course.users, stranger };
  const api = Object.fromEntries(
    await Promise.all(
      Object.entries(users).map(async ([k, u]) => [k, await apiClientFor(u.id)] as const),
    ),
  ) as Record<keyof typeof users, Api>;
  const doc = await api.teacher.call(
    createDocument,
    json({ title: 'Rules of the room', text: TEXT, courseId: course.courseId }),
  );
  const documentId = String(doc.body!.id);
  const note = async (who: Api, exact: string, extra: Record<string, unknown>) => {
    const res = await who.call(create, {
      ...json({ target: { selector: [{ type: 'TextQuoteSelector', exact }] }, ...extra }),
      params: { id: documentId },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body!.id);
  };
  const answer = async (who: Api, annotationId: string, body: unknown) => {
    const res = await who.call(reply, { ...json({ body }), params: { id: annotationId } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body!.id);
  };
  return { users, api, documentId, note, answer };
}

async function inbox(who: Api, query = '') {
  const res = await who.call(list, { url: `http://localhost/api/v1/notifications${query}` });
  expect(res.status).toBe(200);
  return { items: res.body!.items as Item[], unreadCount: res.body!.unreadCount as number };
}

describe('editing a comment', () => {
  it('notifies only the people an edit newly mentions, for notes and replies alike', async () => {
    const { users, api, note, answer } = await classroom();
    const id = await note(api.ana, 'Silence was expected', {
      body: mentioning('first', users.ben.id),
      visibility: 'course',
    });
    const edit = await api.ana.call(PATCH, {
      ...json({ body: mentioning('second', users.ben.id, users.ta.id) }, 'PATCH'),
      params: { id },
    });
    expect(edit.status).toBe(200);
    expect((await inbox(api.ben)).unreadCount).toBe(1);
    expect((await inbox(api.ta)).items.map((n) => n.kind)).toEqual(['mention']);

    const replyId = await answer(api.ben, id, 'plain reply');
    expect((await inbox(api.ana)).items.map((n) => n.kind)).toEqual(['reply']);
    const rewrite = await api.ben.call(patchReply, {
      ...json({ body: mentioning('now with a mention', users.teacher.id) }, 'PATCH'),
      params: { id: replyId },
    });
    expect(rewrite.status).toBe(200);
    expect((await inbox(api.teacher)).items.map((n) => n.kind)).toEqual(['mention']);
    // The note's author heard of the reply when it was written, not again for the edit.
    expect((await inbox(api.ana)).items).toHaveLength(1);
  });
});

describe('opening a notification', () => {
  it('marks it read and gives its note, and finds no one else’s', async () => {
    const { users, api, documentId, note } = await classroom();
    const id = await note(api.ana, 'Silence was expected', {
      body: mentioning('look', users.ben.id),
      visibility: 'course',
    });
    const [item] = (await inbox(api.ben)).items;
    await expect(
      openNotification({ userId: users.ana.id, notificationId: item!.id }),
    ).rejects.toThrow('does not exist');
    expect(await openNotification({ userId: users.ben.id, notificationId: item!.id })).toEqual({
      annotationId: id,
      documentId,
    });
    expect((await inbox(api.ben)).unreadCount).toBe(0);
  });
});

describe('notifications for mentions', () => {
  it('notifies a mentioned course member once, with who, where and what', async () => {
    const { users, api, documentId, note } = await classroom();
    const id = await note(api.ana, 'Silence was expected', {
      body: mentioning('what do you make of the silence rule?', users.ben.id, users.ben.id),
      visibility: 'course',
    });
    const ben = await inbox(api.ben);
    expect(ben.unreadCount).toBe(1);
    expect(ben.items).toEqual([
      expect.objectContaining({
        kind: 'mention',
        actor: { id: users.ana.id, name: 'ana' },
        documentId,
        documentTitle: 'Rules of the room',
        annotationId: id,
        readAt: null,
      }),
    ]);
    expect(ben.items[0]!.excerpt).toContain('what do you make of the silence rule?');
    expect((await inbox(api.ana)).items).toEqual([]);
  });

  it('ignores the author, people outside the course and ids that are not users', async () => {
    const { users, api, note } = await classroom();
    await note(api.ana, 'pens were forbidden', {
      body: mentioning('see this', users.ana.id, users.stranger.id, 'no-such-user'),
      visibility: 'public',
    });
    expect((await inbox(api.ana)).unreadCount).toBe(0);
    expect((await inbox(api.stranger)).unreadCount).toBe(0);
  });

  it('keeps a mention inside a private note from notifying, or reaching, anyone else', async () => {
    const { users, api, note } = await classroom();
    await note(api.ana, 'Reading rooms', {
      body: mentioning('my private doubt about', users.ben.id, users.teacher.id, users.ta.id),
      visibility: 'private',
    });
    for (const who of ['ben', 'teacher', 'ta'] as const) {
      const box = await inbox(api[who]);
      expect([box.unreadCount, box.items.length], who).toEqual([0, 0]);
    }
  });
});

describe('notifications for replies', () => {
  it('tells the note’s author about a reply, once even when it also mentions them', async () => {
    const { users, api, note, answer } = await classroom();
    const id = await note(api.ana, 'Silence was expected', {
      body: 'Was it enforced?',
      visibility: 'course',
    });
    await answer(api.ben, id, mentioning('it was, strictly', users.ana.id, users.teacher.id));
    const ana = await inbox(api.ana);
    expect(ana.items.map((n) => [n.kind, n.actor.name, n.annotationId])).toEqual([
      ['reply', 'ben', id],
    ]);
    expect(ana.items[0]!.excerpt).toContain('it was, strictly');
    expect((await inbox(api.teacher)).items.map((n) => n.kind)).toEqual(['mention']);
  });

  it('does not notify someone replying to their own note', async () => {
    const { api, note, answer } = await classroom();
    const id = await note(api.ana, 'pens were forbidden', { body: 'Why?', visibility: 'course' });
    await answer(api.ana, id, 'Answering myself: ink stains.');
    expect((await inbox(api.ana)).unreadCount).toBe(0);
  });
});

describe('reading notifications', () => {
  it('counts unread ones and marks given ids, only the recipient’s own, or all', async () => {
    const { users, api, note, answer } = await classroom();
    const id = await note(api.ana, 'Reading rooms', { body: 'A start', visibility: 'course' });
    await answer(api.ben, id, 'First');
    await answer(api.teacher, id, 'Second');
    await answer(api.ta, id, mentioning('Third', users.ben.id));
    const ana = await inbox(api.ana);
    expect(ana.unreadCount).toBe(3);
    expect(ana.items.map((n) => n.actor.name)).toEqual(['ta', 'teacher', 'ben']);
    const newest = ana.items[0]!.id;

    const foreign = await api.ben.call(markRead, json({ ids: [newest] }));
    expect(foreign.body).toMatchObject({ marked: 0 });
    expect((await inbox(api.ana)).unreadCount).toBe(3);

    expect((await api.ana.call(markRead, json({ ids: [newest] }))).body).toEqual({
      marked: 1,
      unreadCount: 2,
    });
    const unread = await inbox(api.ana, '?unread=1');
    expect(unread.items.map((n) => n.actor.name)).toEqual(['teacher', 'ben']);
    expect((await inbox(api.ana)).items[0]!.readAt).not.toBeNull();

    expect((await api.ana.call(markRead, json({}))).body).toEqual({ marked: 2, unreadCount: 0 });
    expect((await inbox(api.ana, '?unread=1')).items).toEqual([]);
    expect((await inbox(api.ben)).unreadCount).toBe(1);
  });

  it('pages newest first', async () => {
    const { api, note, answer } = await classroom();
    const id = await note(api.ana, 'Reading rooms', { body: 'Paged', visibility: 'course' });
    for (const text of ['one', 'two', 'three']) await answer(api.ben, id, text);
    const res = await api.ana.call(list, {
      url: 'http://localhost/api/v1/notifications?page=2&pageSize=2',
    });
    expect(res.body).toMatchObject({ total: 3, page: 2, pageSize: 2, unreadCount: 3 });
    expect((res.body!.items as Item[]).map((n) => n.excerpt)).toEqual(['one']);
  });
});

describe('notifications follow the note’s visibility', () => {
  it('drops a notification from list and count when its note becomes private', async () => {
    const { users, api, note } = await classroom();
    const id = await note(api.ana, 'Silence was expected', {
      body: mentioning('look here', users.ben.id),
      visibility: 'course',
    });
    expect((await inbox(api.ben)).unreadCount).toBe(1);
    const res = await api.ana.call(PATCH, {
      ...json({ visibility: 'private' }, 'PATCH'),
      params: { id },
    });
    expect(res.status).toBe(200);
    const ben = await inbox(api.ben);
    expect([ben.unreadCount, ben.items]).toEqual([0, []]);
    await api.ana.call(PATCH, { ...json({ visibility: 'course' }, 'PATCH'), params: { id } });
    expect((await inbox(api.ben)).unreadCount).toBe(1);
  });

  it('hides notifications about a hidden note or reply from all but moderators', async () => {
    const { users, api, note, answer } = await classroom();
    const id = await note(api.ana, 'pens were forbidden', {
      body: mentioning('rude', users.ben.id, users.teacher.id),
      visibility: 'course',
    });
    const replyId = await answer(api.ben, id, mentioning('ruder', users.ta.id));
    expect((await inbox(api.ana)).unreadCount).toBe(1);
    expect((await inbox(api.ben)).unreadCount).toBe(1);
    const db = getDb();
    await db.reply.update({ where: { id: replyId }, data: { hiddenAt: new Date() } });
    expect((await inbox(api.ana)).unreadCount).toBe(0);
    expect((await inbox(api.ta)).unreadCount).toBe(1);
    await db.annotation.update({ where: { id }, data: { hiddenAt: new Date() } });
    expect((await inbox(api.ben)).unreadCount).toBe(0);
    expect((await inbox(api.teacher)).unreadCount).toBe(1);
  });
});
