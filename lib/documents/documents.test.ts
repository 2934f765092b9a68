import { describe, expect, it } from 'vitest';
import { getDb } from '../db/prisma';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors/app-error';
import { makeCourse, makeUser } from '../testing/make-course';
import { createDocument } from './create-document';
import { deleteDocument } from './delete-document';
import { getDocument } from './get-document';
import { listDocuments } from './list-documents';
import { listDocumentsQuery } from './list-documents-query';
import { moveDocument } from './move-document';
import { importDocument } from './import/import-document';
import { saveDocumentVersion } from './save-document-version';
import { updateDocumentDetails } from './update-document-details';

async function contentOf(text: string) {
  return (await importDocument({ kind: 'text', text })).content;
}

async function newDoc(
  ownerId: string,
  text: string,
  extra: { title?: string; courseId?: string } = {},
) {
  const { content, text: canonical } = await importDocument({ kind: 'text', text });
  return createDocument({
    ownerId,
    title: extra.title ?? 'A text',
    courseId: extra.courseId,
    content,
    text: canonical,
  });
}

const list = (userId: string, q: Record<string, string> = {}) =>
  listDocuments(userId, listDocumentsQuery.parse(q));

describe('document access', () => {
  it('lets the owner and course members read, and hides the document from strangers', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    const stranger = await makeUser('stranger');
    const doc = await newDoc(users.teacher.id, 'Shared with the class.', { courseId });
    expect((await getDocument(users.student, doc.id)).version.text).toBe('Shared with the class.');
    await expect(getDocument(stranger, doc.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDocument(null, doc.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await list(stranger.id)).items.map((d) => d.id)).not.toContain(doc.id);
    expect((await list(users.student.id)).items.map((d) => d.id)).toContain(doc.id);
  });

  it('refuses changes by members (403) and strangers (404), and changes nothing', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    const stranger = await makeUser('stranger');
    const doc = await newDoc(users.teacher.id, 'Original.', { courseId });
    const content = await contentOf('Vandalised.');
    await expect(
      saveDocumentVersion({ actor: users.student, documentId: doc.id, content }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      deleteDocument({ actor: users.student, documentId: doc.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateDocumentDetails({ actor: stranger, documentId: doc.id, title: 'Mine' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const after = await getDocument(users.teacher, doc.id);
    expect([after.title, after.version.text, after.versions.length]).toEqual([
      'A text',
      'Original.',
      1,
    ]);
  });
});

describe('versions', () => {
  it('saves an edit as version 2, keeps version 1 readable, and skips unchanged saves', async () => {
    const owner = await makeUser('owner');
    const doc = await newDoc(owner.id, 'The quick borwn fox.');
    const saved = await saveDocumentVersion({
      actor: owner,
      documentId: doc.id,
      baseVersionId: doc.versionId,
      content: await contentOf('The quick brown fox.'),
    });
    expect(saved).toMatchObject({ number: 2, changed: true });
    expect((await getDocument(owner, doc.id)).version.text).toBe('The quick brown fox.');
    expect((await getDocument(owner, doc.id, 1)).version.text).toBe('The quick borwn fox.');
    const again = await saveDocumentVersion({
      actor: owner,
      documentId: doc.id,
      content: await contentOf('The quick brown fox.'),
    });
    expect(again).toMatchObject({ number: 2, changed: false });
  });

  it('refuses an edit based on an outdated version (409) and writes nothing', async () => {
    const owner = await makeUser('owner');
    const doc = await newDoc(owner.id, 'One.');
    await saveDocumentVersion({
      actor: owner,
      documentId: doc.id,
      content: await contentOf('Two.'),
    });
    await expect(
      saveDocumentVersion({
        actor: owner,
        documentId: doc.id,
        baseVersionId: doc.versionId,
        content: await contentOf('Three.'),
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getDocument(owner, doc.id)).versions).toHaveLength(2);
  });

  it('refuses content outside the schema and empty documents', async () => {
    const owner = await makeUser('owner');
    const doc = await newDoc(owner.id, 'Fine.');
    await expect(
      saveDocumentVersion({
        actor: owner,
        documentId: doc.id,
        content: { type: 'doc', content: [{ type: 'script', text: 'x' }] },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      saveDocumentVersion({
        actor: owner,
        documentId: doc.id,
        content: { type: 'doc', content: [{ type: 'paragraph' }] },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await getDb().documentVersion.count({ where: { documentId: doc.id } })).toBe(1);
  });

  it('drops javascript: and data: links from saved editor JSON, keeping safe ones', async () => {
    const owner = await makeUser('owner');
    const doc = await newDoc(owner.id, 'Links.');
    const link = (href: string, text: string) => ({
      type: 'text',
      text,
      marks: [{ type: 'link', attrs: { href } }],
    });
    await saveDocumentVersion({
      actor: owner,
      documentId: doc.id,
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              link('javascript:alert(1)', 'bad '),
              link(' JAVASCRIPT:alert(2)', 'worse '),
              link('data:text/html,<script>alert(3)</script>', 'data '),
              link('https://example.org', 'good'),
            ],
          },
        ],
      },
    });
    const stored = JSON.stringify((await getDocument(owner, doc.id)).version.content);
    expect(stored).not.toMatch(/javascript|data:/i);
    expect(stored).toContain('https://example.org');
    expect((await getDocument(owner, doc.id)).version.text).toBe('bad worse data good');
  });

  it('numbers concurrent saves without gaps or duplicates', async () => {
    const owner = await makeUser('owner');
    const doc = await newDoc(owner.id, 'Start.');
    await Promise.all(
      [1, 2, 3, 4].map(async (i) =>
        saveDocumentVersion({
          actor: owner,
          documentId: doc.id,
          content: await contentOf(`Edit ${i}.`),
        }),
      ),
    );
    const numbers = (await getDocument(owner, doc.id)).versions.map((v) => v.number).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('library', () => {
  it('searches full text and titles, scoped to what the user may read', async () => {
    const owner = await makeUser('searcher');
    const other = await makeUser('other');
    const a = await newDoc(owner.id, 'The marshals were purged in 1937.', { title: 'Purges' });
    const b = await newDoc(owner.id, 'Corn in Yakutia was a hare-brained scheme.', {
      title: 'Khrushchev agriculture',
    });
    await newDoc(other.id, 'Marshals everywhere, but private.', { title: 'Private marshals' });
    expect((await list(owner.id, { q: 'marshal' })).items.map((d) => d.id)).toEqual([a.id]);
    expect((await list(owner.id, { q: 'agricult' })).items.map((d) => d.id)).toEqual([b.id]);
    expect((await list(owner.id, { q: 'corn yakutia' })).items.map((d) => d.id)).toEqual([b.id]);
    expect((await list(owner.id, { q: 'nothing like this' })).total).toBe(0);
  });

  it('sorts, filters by scope and paginates', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    await newDoc(users.teacher.id, 'x', { title: 'Beta', courseId });
    await newDoc(users.teacher.id, 'x', { title: 'Alpha', courseId });
    await newDoc(users.student.id, 'x', { title: 'Gamma' });
    const byTitle = await list(users.student.id, { sort: 'title' });
    expect(byTitle.items.map((d) => d.title)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect((await list(users.student.id, { scope: 'mine' })).items.map((d) => d.title)).toEqual([
      'Gamma',
    ]);
    expect(
      (await list(users.student.id, { scope: courseId, sort: 'title' })).items.map((d) => d.title),
    ).toEqual(['Alpha', 'Beta']);
    const page2 = await list(users.student.id, { sort: 'title', pageSize: '2', page: '2' });
    expect([page2.total, page2.items.map((d) => d.title)]).toEqual([3, ['Gamma']]);
  });

  it('renames, moves into a course only where allowed, and deletes with every version', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    const teacherDoc = await newDoc(users.teacher.id, 'Teacher text.');
    const studentDoc = await newDoc(users.student.id, 'Student text.');
    await updateDocumentDetails({
      actor: users.teacher,
      documentId: teacherDoc.id,
      title: 'Renamed',
      sourceUrl: 'https://example.org/a',
    });
    await expect(
      updateDocumentDetails({
        actor: users.teacher,
        documentId: teacherDoc.id,
        sourceUrl: 'javascript:alert(1)',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await moveDocument({ actor: users.teacher, documentId: teacherDoc.id, courseId });
    await expect(
      moveDocument({ actor: users.student, documentId: studentDoc.id, courseId }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getDocument(users.student, teacherDoc.id)).title).toBe('Renamed');
    await deleteDocument({ actor: users.teacher, documentId: teacherDoc.id });
    expect(await getDb().documentVersion.count({ where: { documentId: teacherDoc.id } })).toBe(0);
    await expect(getDocument(users.teacher, teacherDoc.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
