import { afterEach, describe, expect, it } from 'vitest';
import { GET as getOne, DELETE, PUT } from '@/app/api/v1/documents/[id]/route';
import { GET as list, POST } from '@/app/api/v1/documents/route';
import { getDb } from '../db/prisma';
import { apiClientFor, multipart } from '../testing/api-client';
import { makeCourse, makeUser } from '../testing/make-course';
import { buildDocxFixture, withRelationship } from './import/testing/build-docx-fixture';
import { buildScannedPdf } from './import/testing/build-pdf-fixture';

async function counts() {
  const db = getDb();
  return { documents: await db.document.count(), versions: await db.documentVersion.count() };
}

afterEach(() => {
  delete process.env.SCHOLIA_MAX_IMPORT_BYTES;
});

describe('POST /api/v1/documents', () => {
  it('imports JSON text and a multipart file, returning 201 {id, title, versionId}', async () => {
    const api = await apiClientFor((await makeUser('importer')).id);
    const json = await api.call(POST, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'From JSON', text: 'One.\n\nTwo.' }),
    });
    expect(json.status).toBe(201);
    expect(json.body).toEqual({
      id: expect.any(String),
      title: 'From JSON',
      versionId: expect.any(String),
    });
    const file = await api.call(POST, {
      method: 'POST',
      body: multipart({ name: 'notes.md', bytes: '# Heading\n\nBody *text*.' }),
    });
    expect(file.status).toBe(201);
    const got = await api.call(getOne, { params: { id: String(file.body!.id) } });
    expect(got.body).toMatchObject({
      title: 'Heading',
      text: 'Heading\n\nBody text.',
      versions: [{ number: 1 }],
    });
  });

  it('imports HTML with scripts, handlers and javascript: links removed', async () => {
    const api = await apiClientFor((await makeUser('html')).id);
    const res = await api.call(POST, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Tricky',
        html: '<p onclick="alert(1)">Safe <a href="javascript:alert(2)">link</a></p><script>alert(3)</script><img src=x onerror=alert(4)>',
      }),
    });
    expect(res.status).toBe(201);
    const version = await getDb().documentVersion.findUniqueOrThrow({
      where: { id: String(res.body!.versionId) },
    });
    const stored = JSON.stringify(version.content);
    expect(stored).not.toMatch(/alert|javascript:|onclick|onerror|script/i);
    expect(version.text).toBe('Safe link');
  });

  const bad: [string, () => RequestInit, number, RegExp][] = [
    ['an empty file', () => ({ body: multipart({ name: 'empty.txt', bytes: '' }) }), 400, /empty/i],
    [
      'a renamed executable',
      () => ({
        body: multipart({
          name: 'notes.txt',
          bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
        }),
      }),
      415,
      /./,
    ],
    [
      'a corrupt PDF',
      () => ({ body: multipart({ name: 'broken.pdf', bytes: '%PDF-1.7\n1 0 obj garbage' }) }),
      422,
      /PDF/,
    ],
    [
      'a corrupt .docx',
      () => ({
        body: multipart({ name: 'broken.docx', bytes: 'PK\u0003\u0004 not really a zip' }),
      }),
      422,
      /./,
    ],
    [
      'no body',
      () => ({ headers: { 'content-type': 'application/json' }, body: '{}' }),
      400,
      /exactly one of/,
    ],
    [
      'two bodies',
      () => ({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'a', html: '<p>b</p>' }),
      }),
      400,
      /exactly one of/,
    ],
    [
      'a javascript: source URL',
      () => ({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'a', sourceUrl: 'javascript:alert(1)' }),
      }),
      400,
      /http/,
    ],
  ];
  for (const [name, init, status, message] of bad) {
    it(`refuses ${name} with ${status} and writes nothing`, async () => {
      const api = await apiClientFor((await makeUser('bad')).id);
      const before = await counts();
      const res = await api.call(POST, { method: 'POST', ...init() });
      expect(res.status).toBe(status);
      expect(String(res.body!.error)).toMatch(message);
      expect(String(res.body!.error)).toMatch(/[.!]$/);
      expect(await counts()).toEqual(before);
    });
  }

  const built: [string, () => Promise<FormData>, number, RegExp][] = [
    [
      'a scanned PDF with no text layer',
      async () => multipart({ name: 'scan.pdf', bytes: new Uint8Array(await buildScannedPdf()) }),
      422,
      /no text layer/,
    ],
    [
      'a .docx that links to an external file',
      async () => {
        const docx = await withRelationship(await buildDocxFixture(), {
          type: 'image',
          target: 'file:///etc/passwd',
          external: true,
        });
        return multipart({ name: 'linked.docx', bytes: new Uint8Array(docx) });
      },
      422,
      /outside itself/,
    ],
  ];
  for (const [name, body, status, message] of built) {
    it(`refuses ${name} with ${status} and writes nothing`, async () => {
      const api = await apiClientFor((await makeUser('bad')).id);
      const before = await counts();
      const res = await api.call(POST, { method: 'POST', body: await body() });
      expect(res.status).toBe(status);
      expect(String(res.body!.error)).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  }

  it('imports a real .docx with its title and author', async () => {
    const api = await apiClientFor((await makeUser('docx')).id);
    const res = await api.call(POST, {
      method: 'POST',
      body: multipart({ name: 'thaw.docx', bytes: new Uint8Array(await buildDocxFixture()) }),
    });
    expect(res.status).toBe(201);
    const doc = await api.call(getOne, { params: { id: String(res.body!.id) } });
    expect(doc.body).toMatchObject({ title: 'The Thaw', author: 'Ada Reader' });
  });

  it('refuses a file over the configured limit with 413 and writes nothing', async () => {
    process.env.SCHOLIA_MAX_IMPORT_BYTES = '1000';
    const api = await apiClientFor((await makeUser('big')).id);
    const before = await counts();
    const res = await api.call(POST, {
      method: 'POST',
      body: multipart({ name: 'big.txt', bytes: 'word '.repeat(400) }),
    });
    expect(res.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it('lets only instructors and moderators import into a course', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    const body = (api: Awaited<ReturnType<typeof apiClientFor>>) =>
      api.call(POST, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x', courseId }),
      });
    expect((await body(await apiClientFor(users.student.id))).status).toBe(403);
    expect((await body(await apiClientFor(users.teacher.id))).status).toBe(201);
  });
});

describe('GET, PUT and DELETE /api/v1/documents/:id', () => {
  it('lists with search and pagination, saves a new version, and deletes', async () => {
    const api = await apiClientFor((await makeUser('crud')).id);
    const created = await api.call(POST, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Typos', text: 'Teh end.' }),
    });
    const id = String(created.body!.id);
    const listed = await api.call(list, {
      url: 'http://localhost/api/v1/documents?q=typos&pageSize=5',
    });
    expect(listed.body).toMatchObject({
      total: 1,
      page: 1,
      pageSize: 5,
      items: [{ id, title: 'Typos' }],
    });
    const put = await api.call(PUT, {
      method: 'PUT',
      params: { id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'The end.', baseVersionId: created.body!.versionId }),
    });
    expect(put.body).toMatchObject({ text: 'The end.', versionNumber: 2 });
    const stale = await api.call(PUT, {
      method: 'PUT',
      params: { id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Another.', baseVersionId: created.body!.versionId }),
    });
    expect(stale.status).toBe(409);
    expect((await api.call(DELETE, { method: 'DELETE', params: { id } })).status).toBe(204);
    expect((await api.call(getOne, { params: { id } })).status).toBe(404);
  });

  it('answers 404 to strangers and 403 to members who may not edit', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    const teacher = await apiClientFor(users.teacher.id);
    const created = await teacher.call(POST, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Course text.', courseId }),
    });
    const id = String(created.body!.id);
    const student = await apiClientFor(users.student.id);
    const stranger = await apiClientFor((await makeUser('stranger')).id);
    expect((await student.call(getOne, { params: { id } })).status).toBe(200);
    expect((await student.call(DELETE, { method: 'DELETE', params: { id } })).status).toBe(403);
    expect((await stranger.call(getOne, { params: { id } })).status).toBe(404);
    expect((await stranger.call(DELETE, { method: 'DELETE', params: { id } })).status).toBe(404);
  });

  it('refuses a made-up token with 401', async () => {
    const request = new Request('http://localhost/api/v1/documents', {
      method: 'POST',
      headers: { authorization: 'Bearer sch_madeup' },
      body: '{}',
    });
    expect((await POST(request, { params: Promise.resolve({}) })).status).toBe(401);
  });
});
