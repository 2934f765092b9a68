import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getNote } from '@/app/api/v1/annotations/[id]/route';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { GET as list, POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as current, POST as start } from '@/app/api/v1/documents/[id]/live-session/route';
import { GET as summary } from '@/app/api/v1/live-sessions/[id]/route';
import { POST as end } from '@/app/api/v1/live-sessions/[id]/end/route';
import { POST as reveal } from '@/app/api/v1/live-sessions/[id]/reveal/route';
import { POST as spotlight } from '@/app/api/v1/live-sessions/[id]/spotlights/route';
import { GET as notifications } from '@/app/api/v1/notifications/route';
import { searchAnnotations } from '../annotations/search-annotations';
import { searchAnnotationsQuery } from '../annotations/search-annotations-query';
import { listHighlights } from '../annotations/list-highlights';
import { authorizeRoom } from '../collab/authorize-room';
import { collabRoomsFor } from '../collab/collab-rooms-for';
import { marginRoomEntries } from '../collab/margin-room-entries';
import { getDb } from '../db/prisma';
import { recordParticipants } from '../live-sessions/record-participants';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Who = 'teacher' | 'ta' | 'ana' | 'ben' | 'cara' | 'stranger';
const post = (body: unknown, params: Record<string, string>) => jsonRequest('POST', body, params);

let api: Record<Who, Api>;
let ids: Record<Who, string>;
let courseId: string;
let documentId: string;
let anaNote: string;
let prompt: string;

const TEXT = 'The harbour was quiet at dawn. Gulls argued over the nets. A bell rang twice.';

async function note(who: Who, exact: string, body = `${who} on ${exact}`) {
  const res = await api[who].call(
    annotate,
    post(
      {
        target: { selector: [{ type: 'TextQuoteSelector', exact }] },
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'mention', attrs: { id: ids.ben, label: 'ben' } },
                { type: 'text', text: ` ${body}` },
              ],
            },
          ],
        },
      },
      { id: documentId },
    ),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body!.id as string;
}

const seen = async (who: Who) =>
  ((await api[who].call(list, { params: { id: documentId } })).body!.items as { id: string }[]).map(
    (n) => n.id,
  );

async function everyPath(who: Who, noteId: string) {
  const search = await searchAnnotations(
    ids[who],
    searchAnnotationsQuery.parse({ q: 'harbour', document: documentId }),
  );
  const rooms = await collabRoomsFor({ id: ids[who] }, documentId);
  const privateRoom = await marginRoomEntries(documentId, { kind: 'private', userId: ids[who] });
  const inbox = (await api[who].call(notifications)).body!.items as { annotationId?: string }[];
  return {
    list: (await seen(who)).includes(noteId),
    single: (await api[who].call(getNote, { params: { id: noteId } })).status,
    highlights: (await listHighlights({ id: ids[who] }, documentId)).some((h) => h.id === noteId),
    search: search.items.some((i) => i.id === noteId),
    sharedRoom: rooms.margin.length === 2,
    privateRoom: privateRoom.has(noteId),
    notified: JSON.stringify(inbox).includes(noteId),
  };
}

beforeAll(async () => {
  const course = await makeCourse<Exclude<Who, 'stranger'>>({
    teacher: 'INSTRUCTOR',
    ta: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
    cara: 'STUDENT',
  });
  const other = await makeCourse<'stranger'>({ stranger: 'INSTRUCTOR' });
  courseId = course.courseId;
  ids = { ...course.users, ...other.users } as unknown as Record<Who, string>;
  for (const k of Object.keys(ids) as Who[])
    ids[k] = (ids[k] as unknown as { id: string }).id ?? ids[k];
  documentId = await makeCourseDocument({
    ownerId: ids.teacher,
    courseId,
    title: 'Harbour',
    text: TEXT,
  });
  api = Object.fromEntries(
    await Promise.all(
      (Object.keys(ids) as Who[]).map(async (k) => [k, await apiClientFor(ids[k])] as const),
    ),
  ) as Record<Who, Api>;
  await getDb().assignment.create({
    data: { courseId, documentId, title: 'Read the harbour', hideUntilPostCount: 2 },
  });
  // A reading prompt from the instructor: prompts are never hidden.
  prompt = await note('teacher', 'A bell rang twice', 'Why twice?');
  await getDb().annotation.update({ where: { id: prompt }, data: { kind: 'PROMPT' } });
  anaNote = await note('ana', 'The harbour was quiet', 'harbour calm');
});

describe('hide-until-post', () => {
  it('keeps a classmate’s note from a student who has not posted, on every read path', async () => {
    expect(await everyPath('ben', anaNote)).toEqual({
      list: false,
      single: 404,
      highlights: false,
      search: false,
      sharedRoom: false,
      privateRoom: false,
      notified: false,
    });
    // The prompt still shows, in the API and in the student's own room.
    expect(await seen('ben')).toContain(prompt);
    expect(
      (await marginRoomEntries(documentId, { kind: 'private', userId: ids.ben })).has(prompt),
    ).toBe(true);
    // Nor may the student join the course's shared room with a token for it.
    await expect(
      authorizeRoom(ids.ben, {
        kind: 'margin',
        documentId,
        audience: { kind: 'course' },
      }),
    ).rejects.toThrow();
    // Replying to the hidden note is refused as if it did not exist.
    const reply = await api.ben.call(replyTo, post({ body: paragraphDoc('hi') }, { id: anaNote }));
    expect(reply.status).toBe(404);
  });

  it('shows everything to the teaching staff', async () => {
    for (const who of ['teacher', 'ta'] as const) {
      const paths = await everyPath(who, anaNote);
      expect(paths.list && paths.highlights && paths.search && paths.sharedRoom).toBe(true);
      expect(paths.single).toBe(200);
    }
  });

  it('opens once the student has posted enough: a comment and an answer to the prompt', async () => {
    await note('ben', 'Gulls argued', 'noisy gulls');
    expect(await seen('ben')).not.toContain(anaNote);
    const answer = await api.ben.call(
      replyTo,
      post({ body: paragraphDoc('Once for each boat') }, { id: prompt }),
    );
    expect(answer.status).toBe(201);
    const paths = await everyPath('ben', anaNote);
    expect(paths).toMatchObject({
      list: true,
      single: 200,
      highlights: true,
      search: true,
      sharedRoom: true,
      notified: true,
    });
  });

  it('hides the answers of classmates under a prompt too', async () => {
    const replies = async () =>
      ((await api.cara.call(getNote, { params: { id: prompt } })).body!.replies as unknown[])
        .length;
    expect(await replies()).toBe(0);
    expect(
      ((await api.teacher.call(getNote, { params: { id: prompt } })).body!.replies as unknown[])
        .length,
    ).toBe(1);
  });
});

describe('live sessions', () => {
  let sessionId: string;

  it('is started by an instructor only, once per document', async () => {
    expect((await api.ana.call(start, { method: 'POST', params: { id: documentId } })).status).toBe(
      403,
    );
    expect((await api.ta.call(start, { method: 'POST', params: { id: documentId } })).status).toBe(
      403,
    );
    expect(
      (await api.stranger.call(start, { method: 'POST', params: { id: documentId } })).status,
    ).toBe(404);
    const [a, b] = await Promise.all([
      api.teacher.call(start, { method: 'POST', params: { id: documentId } }),
      api.teacher.call(start, { method: 'POST', params: { id: documentId } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    sessionId = (a.body!.session as { id: string }).id;
    expect((b.body!.session as { id: string }).id).toBe(sessionId);
    const seenByStudent = (await api.cara.call(current, { params: { id: documentId } })).body!;
    expect(seenByStudent.session).toMatchObject({ id: sessionId, revealed: false });
  });

  it('reveals hidden notes to the room for the session, and hides them again after', async () => {
    expect(await seen('cara')).not.toContain(anaNote);
    expect((await api.ana.call(reveal, post({}, { id: sessionId }))).status).toBe(403);
    expect((await api.teacher.call(reveal, post({}, { id: sessionId }))).status).toBe(204);
    expect(await seen('cara')).toContain(anaNote);
    expect((await collabRoomsFor({ id: ids.cara }, documentId)).margin.join()).toContain('.course');
    await recordParticipants(sessionId, [ids.cara, ids.ben]);
    const bad = await api.teacher.call(spotlight, post({ start: 5, end: 2 }, { id: sessionId }));
    expect(bad.status).toBe(400);
    const lit = await api.teacher.call(spotlight, post({ start: 31, end: 58 }, { id: sessionId }));
    expect(lit.status).toBe(201);
    expect(lit.body!.quote).toBe('Gulls argued over the nets.');
    const done = await api.teacher.call(end, post({}, { id: sessionId }));
    expect(done.status).toBe(200);
    expect((await api.teacher.call(end, post({}, { id: sessionId }))).status).toBe(409);
    expect(await seen('cara')).not.toContain(anaNote);
    const s = done.body as {
      endedAt: string | null;
      participants: { id: string }[];
      notes: unknown[];
      spotlights: { quote: string }[];
    };
    expect(s.endedAt).not.toBeNull();
    expect(s.participants.map((p) => p.id).sort()).toEqual([ids.teacher, ids.ben, ids.cara].sort());
    expect(s.spotlights.map((x) => x.quote)).toEqual(['Gulls argued over the nets.']);
    expect((await api.cara.call(summary, { params: { id: sessionId } })).status).toBe(403);
  });

  it('counts the notes written during the session in its summary', async () => {
    const res = await api.teacher.call(start, { method: 'POST', params: { id: documentId } });
    const id = (res.body!.session as { id: string }).id;
    expect(id).not.toBe(sessionId);
    const during = await note('cara', 'A bell rang', 'the bell');
    const s = (await api.teacher.call(summary, { params: { id } })).body!;
    expect((s.notes as { id: string }[]).map((n) => n.id)).toEqual([during]);
    // Revealed for good: the gate stays open after the session ends.
    expect((await api.teacher.call(reveal, post({ forGood: true }, { id }))).status).toBe(204);
    await api.teacher.call(end, post({}, { id }));
    expect(await seen('cara')).toContain(anaNote);
    const gate = await getDb().assignment.findFirstOrThrow({ where: { documentId } });
    expect(gate.revealedAt).not.toBeNull();
  });
});
