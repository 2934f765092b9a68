import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createAnnotation } from '../annotations/create-annotation';
import { createReply } from '../annotations/create-reply';
import { createAssignment } from '../assignments/create-assignment';
import { createAssignmentInput } from '../assignments/assignment-input';
import { updateAnnotation } from '../annotations/update-annotation';
import { deleteAnnotation } from '../annotations/delete-annotation';
import { removeMember } from '../courses/remove-member';
import { setNotebookLock } from '../courses/set-notebook-lock';
import { getDb } from '../db/prisma';
import { connectRoom, eventually, type RoomClient } from '../testing/connect-room';
import {
  makeCourse,
  makeCourseDocument,
  makeCourseWithDocuments,
  paragraphDoc,
} from '../testing/make-course';
import { postCourseNote } from '../testing/post-course-note';
import { collabLimitsFromEnv } from './limits-extension';
import { publishChange } from './publish-change';
import { startCollabServer, type CollabServer } from './start-collab-server';

process.env.NEXTAUTH_SECRET ??= 'collab-test-secret';

const TEXT = 'The purge took three of five marshals. Later historians disputed the figures.';
const body = paragraphDoc;
const at = (exact: string) => ({ selector: [{ type: 'TextQuoteSelector' as const, exact }] });

let server: CollabServer;
let course: Awaited<ReturnType<typeof makeCourse<'teacher' | 'ana' | 'ben' | 'cleo'>>>;
let documentId: string;
let otherDocumentId: string;
const open: RoomClient[] = [];

async function join(room: string, userId: string, token?: string) {
  const client = await connectRoom({ port: server.port, room, userId, token });
  open.push(client);
  return client;
}

function note(actorId: string, text: string, visibility: 'private' | 'course', quote = 'three') {
  return createAnnotation({
    actor: { id: actorId },
    documentId,
    input: { target: at(quote), body: body(text), visibility, tags: [] },
  });
}

beforeAll(async () => {
  ({
    course,
    documentIds: [documentId, otherDocumentId],
  } = await makeCourseWithDocuments(
    { teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT', cleo: 'STUDENT' },
    TEXT,
    ['Live reading', 'Another text'],
  ));
  server = await startCollabServer({
    databaseUrl: process.env.DATABASE_URL!,
    port: 0,
    allowedOrigins: ['http://app.test'],
    limits: { ...collabLimitsFromEnv({}), messagesPerSecond: 50, burst: 100 },
    log: () => {},
  });
});

afterAll(async () => {
  for (const c of open) c.close();
  await server?.stop();
});

describe('margin rooms', () => {
  it('show a course note to the class without reload, and never a private one', async () => {
    const ben = await join(`margin.${documentId}.course`, course.users.ben.id);
    const shared = await note(course.users.ana.id, 'Course note: who counted?', 'course');
    const secret = await note(course.users.ana.id, 'PRIVATE-SECRET about marshals', 'private');
    await eventually(() =>
      expect(ben.notes().get(shared.id)?.bodyText).toBe('Course note: who counted?'),
    );
    await createReply({
      actor: { id: course.users.ben.id },
      annotationId: shared.id,
      body: body('A reply from Ben'),
    });
    await eventually(() =>
      expect(ben.notes().get(shared.id)?.replies[0]?.bodyText).toBe('A reply from Ben'),
    );
    expect(ben.notes().has(secret.id)).toBe(false);
    // Everything the room ever held, decoded: no trace of the private note.
    const state = new TextDecoder().decode(Y.encodeStateAsUpdate(ben.doc));
    expect(state).not.toContain('PRIVATE-SECRET');
    expect(state).not.toContain(secret.id);

    const mine = await join(
      `margin.${documentId}.private.${course.users.ana.id}`,
      course.users.ana.id,
    );
    expect(mine.notes().get(secret.id)?.bodyText).toBe('PRIVATE-SECRET about marshals');
    expect(mine.notes().has(shared.id)).toBe(false);
  });

  it('follows edits, visibility changes and deletions, each note once', async () => {
    const ben = await join(`margin.${documentId}.course`, course.users.ben.id);
    const ana = await join(
      `margin.${documentId}.private.${course.users.ana.id}`,
      course.users.ana.id,
    );
    const n = await note(course.users.ana.id, 'Draft thought', 'private');
    await eventually(() => expect(ana.notes().has(n.id)).toBe(true));
    await updateAnnotation({
      actor: { id: course.users.ana.id },
      annotationId: n.id,
      input: { visibility: 'course', body: body('Shared thought') },
    });
    await eventually(() => expect(ben.notes().get(n.id)?.bodyText).toBe('Shared thought'));
    await eventually(() => expect(ana.notes().has(n.id)).toBe(false));
    await deleteAnnotation({ actor: { id: course.users.ana.id }, annotationId: n.id });
    await eventually(() => expect(ben.notes().has(n.id)).toBe(false));
  });

  it('keeps a hidden note out of the class’s room, and in its author’s and the moderators’', async () => {
    const hide = async (noteId: string) => {
      await getDb().annotation.update({
        where: { id: noteId },
        data: { hiddenAt: new Date(), hiddenById: course.users.teacher.id },
      });
      await publishChange(getDb(), { type: 'note', documentId, noteId });
    };
    const watching = await join(`margin.${documentId}.course`, course.users.ben.id);
    const early = await note(course.users.ana.id, 'HIDDEN-EARLY claim', 'course');
    await eventually(() => expect(watching.notes().has(early.id)).toBe(true));
    await hide(early.id);
    await eventually(() => expect(watching.notes().has(early.id)).toBe(false));
    const late = await note(course.users.ana.id, 'HIDDEN-LATE claim', 'course');
    await hide(late.id);

    const ben = await join(`margin.${documentId}.course`, course.users.cleo.id);
    const state = new TextDecoder().decode(Y.encodeStateAsUpdate(ben.doc));
    expect(state).not.toContain('HIDDEN-LATE');
    // A room that held the note before it was hidden keeps no trace of its text either.
    const before = new TextDecoder().decode(Y.encodeStateAsUpdate(watching.doc));
    expect(before).not.toContain('HIDDEN-EARLY');
    const moderators = await join(`margin.${documentId}.moderators`, course.users.teacher.id);
    expect(moderators.notes().get(late.id)?.bodyText).toBe('HIDDEN-LATE claim');
    const ana = await join(
      `margin.${documentId}.private.${course.users.ana.id}`,
      course.users.ana.id,
    );
    expect(ana.notes().get(late.id)).toMatchObject({
      hidden: true,
      hiddenNotice: expect.any(String),
    });
  });

  it('ignores a read-only client that writes, for everyone', async () => {
    const ben = await join(`margin.${documentId}.course`, course.users.ben.id);
    ben.doc
      .getMap<string>('notes')
      .set('forged', JSON.stringify({ id: 'forged', bodyText: 'x', replies: [] }));
    const marker = await note(course.users.ana.id, 'After the forgery', 'course');
    const cleo = await join(`margin.${documentId}.course`, course.users.cleo.id);
    await eventually(() => expect(cleo.notes().has(marker.id)).toBe(true));
    expect(cleo.notes().has('forged')).toBe(false);
  });

  it('gets the notes posted while it is being built, once it is', async () => {
    // Fresh rooms, each built while notes are being posted to its document.
    const docs = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        makeCourseDocument({
          ownerId: course.users.teacher.id,
          courseId: course.courseId,
          title: `Busy ${i}`,
          text: TEXT,
        }),
      ),
    );
    const posted = new Map<string, string[]>(docs.map((d) => [d, []]));
    let posting = true;
    const poster = async (doc: string) => {
      while (posting)
        posted.get(doc)!.push((await postCourseNote(course.users.ana.id, doc, 'three', 'busy')).id);
    };
    const posters = [...docs, ...docs].map(poster);
    const readers = await Promise.all(
      docs.map((d) => join(`margin.${d}.course`, course.users.ben.id)),
    );
    await new Promise((r) => setTimeout(r, 300));
    posting = false;
    await Promise.all(posters);
    await eventually(() =>
      readers.forEach((reader, i) =>
        expect([...reader.notes().keys()].sort()).toEqual([...posted.get(docs[i]!)!].sort()),
      ),
    );
  });

  it('refuses a token for another document, another audience or another user', async () => {
    const other = await connectRoom({
      port: server.port,
      room: `margin.${otherDocumentId}.course`,
      userId: course.users.ben.id,
    });
    open.push(other);
    const token = (other.provider.configuration.token as string) ?? '';
    await expect(join(`margin.${documentId}.course`, course.users.ben.id, token)).rejects.toThrow(
      /refused/,
    );
    await expect(join(`margin.${documentId}.moderators`, course.users.ben.id)).rejects.toThrow();
    await expect(
      join(`margin.${documentId}.private.${course.users.ana.id}`, course.users.ben.id),
    ).rejects.toThrow();
  });
});

describe('presence', () => {
  it('stamps the real identity on awareness and drops states for client ids not owned', async () => {
    const ana = await join(`presence.${documentId}`, course.users.ana.id);
    const ben = await join(`presence.${documentId}`, course.users.ben.id);
    ben.provider.setAwarenessField('user', { id: course.users.teacher.id, name: 'The Teacher' });
    ben.provider.setAwarenessField('selection', { from: 5, to: 12 });
    // A second, made-up client id sent over Ben's socket, claiming to be Cleo.
    const fake = new Awareness(new Y.Doc());
    fake.setLocalState({
      user: { id: course.users.cleo.id, name: 'Cleo' },
      selection: { from: 1, to: 2 },
    });
    applyAwarenessUpdate(
      ben.provider.awareness!,
      encodeAwarenessUpdate(fake, [fake.clientID]),
      'test',
    );
    await eventually(() => {
      const seen = ana.provider.awareness!.getStates().get(ben.doc.clientID);
      expect(seen?.selection).toEqual({ from: 5, to: 12 });
      expect(seen?.user).toMatchObject({ id: course.users.ben.id, name: 'ben' });
    });
    expect(ana.provider.awareness!.getStates().has(fake.clientID)).toBe(false);
  });

  it('shows a student as "Classmate" where the document is assigned anonymously to peers', async () => {
    const anonymousDoc = await makeCourseDocument({
      ownerId: course.users.teacher.id,
      courseId: course.courseId,
      title: 'Read without names',
      text: TEXT,
    });
    await createAssignment({
      actor: { id: course.users.teacher.id },
      courseId: course.courseId,
      input: createAssignmentInput.parse({
        documentId: anonymousDoc,
        title: 'Discuss without names',
        anonymousToPeers: true,
      }),
    });
    const room = `presence.${anonymousDoc}`;
    const ana = await join(room, course.users.ana.id);
    const ben = await join(room, course.users.ben.id);
    const teacher = await join(room, course.users.teacher.id);
    for (const client of [ben, teacher]) client.provider.setAwarenessField('typing', 'n1');
    const seenBy = (viewer: RoomClient, who: RoomClient) =>
      viewer.provider.awareness!.getStates().get(who.doc.clientID)?.user as
        { id: string; name: string } | undefined;
    await eventually(() => {
      const benSeen = seenBy(ana, ben);
      expect(benSeen?.name).toBe('Classmate');
      expect(benSeen?.id).toMatch(/^classmate-/);
      expect(
        JSON.stringify(ana.provider.awareness!.getStates().get(ben.doc.clientID)),
      ).not.toContain(course.users.ben.id);
      // Teaching staff keep their names; the pseudonym is the one Ben's notes carry.
      expect(seenBy(ana, teacher)).toMatchObject({ id: course.users.teacher.id, name: 'teacher' });
      expect(seenBy(teacher, ben)?.id).toBe(benSeen?.id);
    });
  });
});

describe('limits and faults', () => {
  const raw = (origin?: string) =>
    new WebSocket(`ws://127.0.0.1:${server.port}`, origin ? { origin } : {});

  it('refuses a browser from a foreign origin', async () => {
    const ws = raw('http://evil.test');
    const status = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(-1));
    });
    expect([403, -1]).toContain(status);
    expect(ws.readyState).not.toBe(WebSocket.OPEN);
  });

  it('closes only the socket that sends a malformed, oversized or flooding frame', async () => {
    const ben = await join(`margin.${documentId}.course`, course.users.ben.id);
    const closed = (ws: WebSocket) => new Promise<number>((r) => ws.on('close', (code) => r(code)));
    const garbage = raw();
    await new Promise((r) => garbage.on('open', r));
    const garbageClosed = closed(garbage);
    garbage.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    const huge = raw();
    await new Promise((r) => huge.on('open', r));
    const hugeClosed = closed(huge);
    huge.send(Buffer.alloc(2 * 1024 * 1024, 1));
    expect(await hugeClosed).toBe(1009);
    // A real client that floods its room with awareness is cut off at its rate.
    const flood = await connectRoom({
      port: server.port,
      room: `presence.${documentId}`,
      userId: course.users.cleo.id,
    });
    const floodClosed = new Promise<void>((r) => flood.provider.on('close', () => r()));
    for (let i = 0; i < 400; i++)
      flood.provider.setAwarenessField('selection', { from: i, to: i + 1 });
    await floodClosed;
    flood.close();
    expect(await garbageClosed).toBeGreaterThan(1000);
    const after = await note(course.users.ana.id, 'Still flowing', 'course');
    await eventually(() => expect(ben.notes().has(after.id)).toBe(true));
  });

  it('turns away connections beyond a document’s limit', async () => {
    const small = await startCollabServer({
      databaseUrl: process.env.DATABASE_URL!,
      port: 0,
      allowedOrigins: [],
      limits: { ...collabLimitsFromEnv({}), maxConnectionsPerDocument: 2 },
      log: () => {},
    });
    try {
      const on = (room: string, userId: string) => connectRoom({ port: small.port, room, userId });
      const a = await on(`presence.${documentId}`, course.users.ana.id);
      const b = await on(`margin.${documentId}.course`, course.users.ben.id);
      await expect(on(`notebook.${documentId}`, course.users.cleo.id)).rejects.toThrow();
      const elsewhere = await on(`presence.${otherDocumentId}`, course.users.cleo.id);
      for (const c of [a, b, elsewhere]) c.close();
    } finally {
      await small.stop();
    }
  });

  it('closes a removed member’s sockets to the course’s rooms', async () => {
    const cleo = await join(`margin.${documentId}.course`, course.users.cleo.id);
    const closed = new Promise<void>((r) => cleo.provider.on('close', () => r()));
    await removeMember({
      actor: { id: course.users.teacher.id },
      courseId: course.courseId,
      userId: course.users.cleo.id,
    });
    await closed;
    const later = await note(course.users.ana.id, 'Not for Cleo any more', 'course');
    await new Promise((r) => setTimeout(r, 500));
    expect(cleo.notes().has(later.id)).toBe(false);
    await expect(join(`margin.${documentId}.course`, course.users.cleo.id)).rejects.toThrow();
  });
});

describe('the course notebook', () => {
  it('is co-edited, converges, is stored within 2 s, and locks to the instructor', async () => {
    const room = `notebook.${documentId}`;
    const ana = await join(room, course.users.ana.id);
    const ben = await join(room, course.users.ben.id);
    ana.doc.getText('t').insert(0, 'Ana writes. ');
    ben.doc.getText('t').insert(0, 'Ben writes. ');
    await eventually(() => {
      expect(ana.doc.getText('t').toString()).toBe(ben.doc.getText('t').toString());
      expect(ana.doc.getText('t').length).toBe('Ana writes. Ben writes. '.length);
    });
    await eventually(async () => {
      const row = await getDb().notebook.findUnique({
        where: { documentId_courseId: { documentId, courseId: course.courseId } },
      });
      const stored = new Y.Doc();
      Y.applyUpdate(stored, row!.state);
      expect(stored.getText('t').length).toBe('Ana writes. Ben writes. '.length);
    }, 3000);

    const teacher = await join(room, course.users.teacher.id);
    await setNotebookLock({ actor: { id: course.users.teacher.id }, documentId, locked: true });
    await new Promise((r) => setTimeout(r, 300));
    ana.doc.getText('t').insert(0, 'Too late. ');
    teacher.doc.getText('t').insert(0, 'Locked. ');
    await eventually(() => expect(ben.doc.getText('t').toString()).toContain('Locked. '));
    await new Promise((r) => setTimeout(r, 300));
    expect(ben.doc.getText('t').toString()).not.toContain('Too late.');
    await expect(
      setNotebookLock({ actor: { id: course.users.ana.id }, documentId, locked: false }),
    ).rejects.toThrow(/instructor/);
  });
});
