import { beforeAll, describe, expect, it } from 'vitest';
import { POST as attach } from '@/app/api/v1/annotations/[id]/sources/route';
import { POST as create } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as bibliography } from '@/app/api/v1/documents/[id]/bibliography/route';
import { GET as library } from '@/app/api/v1/documents/[id]/sources/route';
import { getDb } from '../db/prisma';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument, makeUser } from '../testing/make-course';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
const post = (body: unknown, params: Record<string, string>) => jsonRequest('POST', body, params);

let api: Record<'ana' | 'ben' | 'outsider', Api>;
let documentId: string;
let courseId: string;
let benId: string;

async function noteWithSource(who: Api, exact: string, visibility: string, title: string) {
  const res = await who.call(
    create,
    post(
      { target: { selector: [{ type: 'TextQuoteSelector', exact }] }, visibility },
      { id: documentId },
    ),
  );
  const id = String(res.body!.id);
  const attached = await who.call(
    attach,
    post({ source: { type: 'book', title, authors: ['Nove, Alec'], issued: '1992' } }, { id }),
  );
  expect(attached.status, JSON.stringify(attached.body)).toBeLessThan(300);
  return id;
}

// The route answers with a file, not JSON, so it is called with the token directly.
async function fetchBibliography(who: Api, query: string) {
  const request = new Request(
    `http://localhost/api/v1/documents/${documentId}/bibliography?${query}`,
    {
      headers: { authorization: `Bearer ${who.secret}` },
    },
  );
  const res = await bibliography(request, { params: Promise.resolve({ id: documentId }) });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

beforeAll(async () => {
  const course = await makeCourse<'teacher' | 'ana' | 'ben'>({
    teacher: 'INSTRUCTOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
  });
  courseId = course.courseId;
  benId = course.users.ben.id;
  documentId = await makeCourseDocument({
    ownerId: course.users.teacher.id,
    courseId: course.courseId,
    title: 'Economy',
    text: 'The plan was fulfilled in four years. Output rose sharply.',
  });
  api = {
    ana: await apiClientFor(course.users.ana.id),
    ben: await apiClientFor(course.users.ben.id),
    outsider: await apiClientFor((await makeUser('outsider')).id),
  };
});

describe('the bibliography', () => {
  it('lists sources of visible notes only, once each, in the asked style and format', async () => {
    await noteWithSource(api.ana, 'The plan', 'course', 'An Economic History of the USSR');
    await noteWithSource(api.ana, 'Output rose', 'private', 'A Private Source');
    const hidden = await noteWithSource(api.ben, 'four years', 'course', 'A Hidden Source');
    await getDb().annotation.update({ where: { id: hidden }, data: { hiddenAt: new Date() } });
    const ana = await fetchBibliography(api.ana, 'style=apa');
    // APA tells apart two works by one author in one year: 1992a, 1992b.
    expect(ana.body).toMatch(/Nove, A\. \(1992[ab]\)\. An Economic History of the USSR\./);
    expect(ana.body).toContain('A Private Source');
    expect(ana.body).not.toContain('A Hidden Source');
    const ben = await fetchBibliography(api.ben, 'style=mla');
    expect(ben.body).toContain('Nove, Alec. An Economic History of the USSR.');
    expect(ben.body).toContain('A Hidden Source');
    expect(ben.body).not.toContain('A Private Source');
    // The same work attached again (the same title) is one library source and one entry.
    await noteWithSource(api.ben, 'rose sharply', 'course', 'An Economic History of the USSR');
    const once = await fetchBibliography(api.ben, 'style=chicago');
    expect(once.body.match(/Economic History/g)).toHaveLength(1);
    const bib = await fetchBibliography(api.ben, 'format=bibtex');
    expect([bib.type, bib.body]).toEqual([
      'application/x-bibtex; charset=utf-8',
      expect.stringContaining('@book{'),
    ]);
    const ris = await fetchBibliography(api.ben, 'format=ris');
    expect(ris.body).toContain('TY  - BOOK');
    const csl = await fetchBibliography(api.ben, 'format=csl');
    expect(JSON.parse(csl.body)).toHaveLength(2);
    expect((await fetchBibliography(api.ben, 'style=harvard')).status).toBe(400);
    expect((await fetchBibliography(api.outsider, '')).status).toBe(404);
  });

  it('follows the reader’s own citation style, else the course’s, else APA', async () => {
    const entry = async () => (await fetchBibliography(api.ben, '')).body;
    expect(await entry()).toMatch(/Nove, A\. \(1992/);
    await getDb().course.update({ where: { id: courseId }, data: { citationStyle: 'mla' } });
    expect(await entry()).toContain('Nove, Alec. An Economic History of the USSR.');
    await getDb().user.update({ where: { id: benId }, data: { citationStyle: 'chicago' } });
    expect(await entry()).toMatch(/Nove, Alec\. 1992[ab]?\. An Economic History of the USSR\./);
    expect(await fetchBibliography(api.ben, 'style=apa').then((r) => r.body)).toMatch(
      /Nove, A\. \(1992/,
    );
  });

  it('searches the course library by title, author or identifier', async () => {
    const search = async (q: string) =>
      (
        (
          await api.ben.call(library, {
            url: `http://localhost/x?q=${encodeURIComponent(q)}`,
            params: { id: documentId },
          })
        ).body!.items as { title: string }[]
      ).map((s) => s.title);
    expect(await search('economic')).toEqual(['An Economic History of the USSR']);
    expect(await search('Nove')).toHaveLength(3);
    expect(await search('nothing like it')).toEqual([]);
    expect(
      (
        await api.outsider.call(library, {
          url: 'http://localhost/x?q=a',
          params: { id: documentId },
        })
      ).status,
    ).toBe(404);
  });
});
