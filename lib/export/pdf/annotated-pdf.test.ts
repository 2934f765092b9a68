import { beforeAll, describe, expect, it } from 'vitest';
import { POST as hide } from '@/app/api/v1/annotations/[id]/hide/route';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as attach } from '@/app/api/v1/annotations/[id]/sources/route';
import { POST as verdict } from '@/app/api/v1/claims/[id]/verdict/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { POST as flag } from '@/app/api/v1/documents/[id]/claims/route';
import { GET as exportPdf } from '@/app/api/v1/documents/[id]/export.pdf/route';
import { canonicalText } from '@/lib/documents/canonical-text';
import { createDocument } from '@/lib/documents/create-document';
import type { DocNode } from '@/lib/documents/doc-node';
import { saveDocumentVersion } from '@/lib/documents/save-document-version';
import { getDb } from '@/lib/db/prisma';
import { apiClientFor, jsonRequest } from '@/lib/testing/api-client';
import { makeCourse, paragraphDoc } from '@/lib/testing/make-course';
import { exportOptionsFrom } from '../export-options';
import { loadExport } from '../load-export';
import { renderAnnotatedPdf } from './render-annotated-pdf';
import { doc, heading, list, para, quote, text } from './testing/doc-builders';
import { readPdfPages, type PdfHighlight, type PdfPage } from './testing/read-pdf-pages';
import { hasPdftoppm, renderPagePixels } from './testing/render-page-pixels';
import { wordsInOrder } from './testing/words-in-order';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Who = 'teacher' | 'mod' | 'ana' | 'ben' | 'cara';

const P1 =
  'Quietly the harbour keepers counted seventeen gulls above the breakwater while the fishing boats came slowly home';
const P4 = 'seventeen gulls';
const P2 = 'the lighthouse was built in 1820';
const P3 = 'Москва и café «éclair»';
const CONTENT = doc(
  heading(1, 'Harbour notes'),
  para('Plain words come first. ', text(P1, 'bold'), ', and then plain words follow for a while.'),
  para(`Records say ${P2}; others doubt it.`),
  list('bulletList', ['First item with “typographic quotes”', 'Second item ● with a bullet sign']),
  list('orderedList', ['One', 'Two']),
  quote(para(text('A quoted line from the keeper’s log.', 'italic'))),
  para(`Names: ${P3} and Zoë.`),
);
const TEXT = canonicalText(CONTENT);

let api: Record<Who, Api>;
let ids: Record<Who, string>;
let courseId: string;
let harbour: string;
let notes: Record<'n1' | 'n2' | 'n3' | 'n4' | 'n5' | 'n6', string>;
let citation: string;

const post = (body: unknown, params: Record<string, string>) => jsonRequest('POST', body, params);

async function note(
  who: Who,
  documentId: string,
  exact: string,
  extra: { body?: string; color?: string; visibility?: string } = {},
) {
  const { body, ...rest } = extra;
  const res = await api[who].call(
    annotate,
    post(
      {
        target: { selector: [{ type: 'TextQuoteSelector', exact }] },
        ...(body ? { body: paragraphDoc(body) } : {}),
        ...rest,
      },
      { id: documentId },
    ),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body!.id as string;
}

async function reply(who: Who, noteId: string, body: string) {
  const res = await api[who].call(replyTo, post({ body: paragraphDoc(body) }, { id: noteId }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

async function exportFor(who: Who, documentId: string, query = '') {
  const options = exportOptionsFrom(`http://localhost/x?${query}`);
  const data = await loadExport({ id: ids[who] }, documentId, options);
  const bytes = await renderAnnotatedPdf(data);
  return { data, bytes, pages: await readPdfPages(bytes) };
}

async function makeDocument(title: string, content: DocNode) {
  const created = await createDocument({
    ownerId: ids.teacher,
    courseId,
    title,
    content,
    text: canonicalText(content),
  });
  return created.id;
}

const TEXT_OF = (blocks: DocNode[]) => canonicalText(doc(...blocks));
const allText = (pages: PdfPage[]) => pages.map((p) => p.text).join(' ');
const highlights = (pages: PdfPage[]) => pages.flatMap((p) => p.highlights);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Quad {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function quadsOf(h: PdfHighlight): Quad[] {
  const quads: Quad[] = [];
  for (let i = 0; i < h.quadPoints.length; i += 8) {
    const q = h.quadPoints.slice(i, i + 8);
    // Acrobat's order: top left, top right, bottom left, bottom right.
    expect(q[1]).toBe(q[3]);
    expect(q[5]).toBe(q[7]);
    expect(q[0]).toBe(q[4]);
    expect(q[2]).toBe(q[6]);
    quads.push({ left: q[0]!, right: q[2]!, top: q[1]!, bottom: q[5]! });
  }
  return quads;
}

beforeAll(async () => {
  const course = await makeCourse<Who>({
    teacher: 'INSTRUCTOR',
    mod: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
    cara: 'STUDENT',
  });
  courseId = course.courseId;
  ids = Object.fromEntries(
    Object.entries(course.users).map(([k, u]) => [k, (u as { id: string }).id]),
  ) as Record<Who, string>;
  api = Object.fromEntries(
    await Promise.all(
      (Object.keys(ids) as Who[]).map(async (k) => [k, await apiClientFor(ids[k])] as const),
    ),
  ) as Record<Who, Api>;
  harbour = await makeDocument('Harbour notes: “Café” edition', CONTENT);
  // Classmates' notes stay hidden from a student until they have posted twice.
  await getDb().assignment.create({
    data: { courseId, documentId: harbour, title: 'Read the harbour', hideUntilPostCount: 2 },
  });
  const n1 = await note('ana', harbour, P1, {
    body: 'The keepers are watching.',
    color: 'question',
  });
  // Ben comments twice first, so that hide-until-post shows him Ana's note.
  const n4 = await note('ben', harbour, P4, { body: 'Gulls again.' });
  const n6 = await note('ben', harbour, 'Zoë', { body: 'HIDDEN-BEN' });
  const n3 = await note('ben', harbour, P3, { color: 'key-idea' });
  await reply('ben', n1, 'Seventeen seems precise.');
  await reply('teacher', n1, 'Counted twice.');
  const claim = await api.teacher.call(
    flag,
    post(
      {
        target: { selector: [{ type: 'TextQuoteSelector', exact: P2 }] },
        reason: 'needs_citation',
        body: paragraphDoc('Is 1820 right?'),
      },
      { id: harbour },
    ),
  );
  expect(claim.status, JSON.stringify(claim.body)).toBe(201);
  const n2 = claim.body!.id as string;
  const source = {
    type: 'book',
    title: 'Minutes of the Harbour Board',
    authors: ['Smith, Jane'],
    publisher: 'Port Press',
    issued: '1901',
  };
  const attached = await api.mod.call(attach, post({ source, relation: 'refutes' }, { id: n2 }));
  expect(attached.status, JSON.stringify(attached.body)).toBeLessThan(300);
  const judged = await api.mod.call(
    verdict,
    post(
      {
        status: 'refuted',
        note: 'The harbour board minutes say 1824.',
        sourceIds: [String(attached.body!.sourceId)],
      },
      { id: n2 },
    ),
  );
  expect(judged.status, JSON.stringify(judged.body)).toBe(200);
  const n5 = await note('ana', harbour, 'others doubt it', {
    body: 'PRIVATE-ANA',
    visibility: 'private',
  });
  expect((await api.mod.call(hide, post({ reason: 'Off topic.' }, { id: n6 }))).status).toBe(200);
  notes = { n1, n2, n3, n4, n5, n6 };
  const { data } = await exportFor('teacher', harbour);
  citation = data.notes.find((n) => n.id === n2)!.sources[0]!.citations[data.style];
});

describe('the annotated PDF of a document', () => {
  it('sets the cover and the document’s text, in order, in the embedded faces', async () => {
    const { pages } = await exportFor('teacher', harbour);
    const first = pages[0]!.text;
    for (const part of ['Harbour notes: “Café” edition', 'Course: Course', 'Exported', 'Notes:']) {
      expect(first).toContain(part);
    }
    expect(first).toContain('every note I can see · with replies · APA');
    expect(wordsInOrder(TEXT, allText(pages))).toEqual([]);
    // No character was missing from the faces: the only "?" is the one in the claim's note.
    expect(allText(pages)).not.toContain('\uFFFD');
    expect(allText(pages).match(/\?/g)).toEqual(['?']);
    expect(pages.map((p) => p.text)).toEqual(
      pages.map((_, i) => expect.stringContaining(`${i + 1} / ${pages.length}`)),
    );
  });

  it('gives each visible passage one Highlight annotation with author, colour, note, replies and dates', async () => {
    const { pages, data } = await exportFor('teacher', harbour);
    const found = highlights(pages);
    const visible = data.notes.filter((n) => n.anchor.status !== 'orphan');
    expect(visible.map((n) => n.id).sort()).toEqual(
      [notes.n1, notes.n2, notes.n3, notes.n4].sort(),
    );
    expect(found).toHaveLength(visible.length);
    const n1 = found.find((h) => h.contents.startsWith('The keepers are watching.'))!;
    expect(n1).toMatchObject({ title: 'ana', color: [191, 219, 254] });
    expect(n1.contents.split('\n')).toEqual([
      'The keepers are watching.',
      'ben: Seventeen seems precise.',
      'teacher: Counted twice.',
    ]);
    expect(n1.creationDate).toMatch(/^D:\d{14}/);
    expect(n1.modificationDate).toMatch(/^D:\d{14}/);
    const claim = found.find((h) => h.contents.startsWith('Is 1820 right?'))!;
    expect(claim).toMatchObject({ title: 'teacher', color: [254, 215, 170] });
    expect(claim.contents).toContain('Verdict (mod): The harbour board minutes say 1824.');
    expect(found.find((h) => h.title === 'ben' && h.contents === 'Key idea')?.color).toEqual([
      253, 230, 138,
    ]);
    // The text under a highlight is its quote, with the numbers of notes inside it.
    expect(squash(n1.overlaidText)).toBe(P1.replace(P4, `${P4}2`));
    expect(squash(claim.overlaidText)).toBe(P2);
  });

  it('puts the quads exactly over the quote’s glyphs, one per line', async () => {
    const { pages } = await exportFor('teacher', harbour);
    const page = pages[0]!;
    const n1 = page.highlights.find((h) => h.contents.startsWith('The keepers'))!;
    const quads = quadsOf(n1);
    // The quote is the only bold body text: its items are the runs set in its font and size.
    const head = page.texts.find((t) => t.str.startsWith('Quietly'))!;
    const items = page.texts.filter(
      (t) => t.font === head.font && Math.abs(t.size - head.size) < 0.01 && t.str.trim(),
    );
    expect(squash(items.map((t) => t.str).join(' '))).toBe(P1);
    const lines = [...new Set(items.map((t) => t.y))];
    expect(lines.length).toBeGreaterThan(1);
    expect(quads).toHaveLength(lines.length);
    for (const item of items) {
      const shown = item.width * (item.str.trimEnd().length / item.str.length);
      const quad = quads.find((q) => q.bottom < item.y && q.top > item.y + item.size * 0.6);
      expect(quad, item.str).toBeDefined();
      expect(quad!.left).toBeLessThanOrEqual(item.x + 0.5);
      expect(quad!.right).toBeGreaterThanOrEqual(item.x + shown - 0.5);
    }
    for (const quad of quads) {
      const onLine = items.filter((t) => quad.bottom < t.y && quad.top > t.y);
      expect(quad.left).toBeGreaterThanOrEqual(Math.min(...onLine.map((t) => t.x)) - 0.5);
      expect(quad.right).toBeLessThanOrEqual(Math.max(...onLine.map((t) => t.x + t.width)) + 0.5);
    }
    const [left, bottom, right, top] = n1.rect;
    expect(left).toBeCloseTo(Math.min(...quads.map((q) => q.left)), 3);
    expect(right).toBeCloseTo(Math.max(...quads.map((q) => q.right)), 3);
    expect(bottom).toBeCloseTo(Math.min(...quads.map((q) => q.bottom)), 3);
    expect(top).toBeCloseTo(Math.max(...quads.map((q) => q.top)), 3);
  });

  it('writes each note in the margin: number, author, kind, replies, verdict and sources, then the bibliography', async () => {
    const { pages } = await exportFor('teacher', harbour);
    const all = squash(allText(pages));
    expect(all).toContain('Claim: refuted');
    expect(all).toContain('Verdict (mod,');
    expect(all).toContain('The harbour board minutes say 1824.');
    expect(all).toContain('↳ ben: Seventeen seems precise.');
    expect(all).toContain(`Refutes: ${squash(citation)}`);
    const bibliography = all.slice(all.indexOf('Bibliography'));
    expect(all.indexOf('Bibliography')).toBeGreaterThan(0);
    expect(bibliography).toContain(squash(citation));
    // The notes are numbered in text order and the numbers are set after their passages.
    expect(pages[0]!.text).toMatch(/seventeen gulls ?2/);
    expect(pages[0]!.text).toMatch(/slowly home ?, ?1/);
    const notesColumn = pages[0]!.texts.filter((t) => t.x > 350);
    expect(squash(notesColumn.map((t) => t.str).join(' '))).toMatch(
      /^1 ana · .* · Comment · Question The keepers .* 2 ben .* 3 teacher .* 4 ben · .* · Key idea$/,
    );
  });

  it('leaves out private notes of others, hidden notes, and classmates’ notes held back by hide-until-post', async () => {
    const teacher = allText((await exportFor('teacher', harbour)).pages);
    expect(teacher).not.toContain('PRIVATE-ANA');
    expect(teacher).not.toContain('HIDDEN-BEN');
    const ana = await exportFor('ana', harbour);
    expect(allText(ana.pages)).toContain('PRIVATE-ANA');
    expect(allText(ana.pages)).not.toContain('HIDDEN-BEN');
    const ben = await exportFor('ben', harbour);
    expect(allText(ben.pages)).not.toContain('PRIVATE-ANA');
    expect(highlights(ben.pages).every((h) => !h.contents.includes('HIDDEN-BEN'))).toBe(true);
    const cara = await exportFor('cara', harbour);
    const caraText = allText(cara.pages);
    for (const hidden of ['The keepers are watching.', 'Gulls again.', 'PRIVATE-ANA']) {
      expect(caraText).not.toContain(hidden);
    }
    const authors = highlights(cara.pages).map((h) => h.title);
    expect(authors).not.toContain('ana');
    expect(authors).not.toContain('ben');
    expect(highlights(cara.pages)).toHaveLength(cara.data.notes.length);
  });

  it.skipIf(!hasPdftoppm())(
    'paints the highlight colour behind the quote’s glyphs, and both colours where two overlap',
    async () => {
      const { bytes, pages } = await exportFor('teacher', harbour);
      const image = renderPagePixels(bytes, 1, 72);
      const share = (q: Quad, rgb: [number, number, number]) => {
        let hit = 0;
        let all = 0;
        for (let y = Math.ceil(image.height - q.top) + 1; y < image.height - q.bottom - 1; y++) {
          for (let x = Math.ceil(q.left) + 1; x < q.right - 1; x++) {
            const i = (y * image.width + x) * 3;
            const px = image.rgb.subarray(i, i + 3);
            all++;
            if (rgb.every((c, k) => Math.abs(px[k]! - c) <= 4)) hit++;
          }
        }
        return hit / all;
      };
      const found = pages[0]!.highlights;
      const n1 = quadsOf(found.find((h) => h.contents.startsWith('The keepers'))!);
      const n4 = quadsOf(found.find((h) => h.contents.startsWith('Gulls again.'))!)[0]!;
      const blue: [number, number, number] = [191, 219, 254];
      // Multiplied: blue (#bfdbfe) over the default yellow (#fef08a).
      const both: [number, number, number] = [190, 206, 137];
      expect(share(n1.at(-1)!, blue)).toBeGreaterThan(0.4);
      expect(share(n4, both)).toBeGreaterThan(0.4);
      expect(share(n4, blue)).toBeLessThan(0.05);
      // The plain words before the quote, on its first line, are not highlighted.
      const before = { ...n1[0]!, left: 52, right: n1[0]!.left - 2 };
      expect(before.right - before.left).toBeGreaterThan(40);
      expect(share(before, blue)).toBe(0);
      expect(share(before, [255, 255, 255])).toBeGreaterThan(0.5);
    },
  );

  it('answers the route with an attachment named after the title, on the paper asked for', async () => {
    const { secret } = await apiClientFor(ids.teacher);
    const call = (query: string, id = harbour) =>
      exportPdf(
        new Request(`http://localhost/api/v1/documents/${id}/export.pdf?${query}`, {
          headers: { authorization: `Bearer ${secret}` },
        }),
        { params: Promise.resolve({ id }) },
      );
    const res = await call('paper=letter&replies=false&style=mla');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="harbour-notes-cafe-edition-annotated.pdf"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await readPdfPages(bytes);
    expect(pages[0]!.size).toEqual([612, 792]);
    expect(allText(pages)).toContain('without replies · MLA');
    expect(allText(pages)).not.toContain('Seventeen seems precise.');
    expect((await call('paper=a5')).status).toBe(400);
    expect((await call('', 'nosuchdocument')).status).toBe(404);
  });
});

describe('long notes, lost passages and empty documents', () => {
  it('gives a passage across a page break one annotation on each page, over its words there', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `k${String(i).padStart(4, '0')}`);
    const paragraphs = Array.from({ length: 30 }, (_, i) =>
      para(words.slice(i * 50, i * 50 + 50).join(' ')),
    );
    const documentId = await makeDocument('Page break', doc(...paragraphs));
    const plain = await exportFor('ana', documentId);
    const bodyWords = (page: PdfPage) =>
      page.texts
        .filter((t) => t.x < 350)
        .flatMap((t) => t.str.split(/\s+/))
        .filter((w) => /^k\d{4}$/.test(w));
    const end = bodyWords(plain.pages[0]!).slice(-3);
    const start = bodyWords(plain.pages[1]!).slice(0, 3);
    const passage = [...end, ...start].join(' ');
    expect(TEXT_OF(paragraphs)).toContain(passage);
    await note('ana', documentId, passage, { body: 'ACROSS-PAGES' });
    const { pages } = await exportFor('ana', documentId);
    const [first, second] = [pages[0]!.highlights, pages[1]!.highlights];
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(first[0]!.contents).toBe('ACROSS-PAGES');
    expect(second[0]!.contents).toBe('ACROSS-PAGES');
    expect(squash(first[0]!.overlaidText)).toBe(end.join(' '));
    expect(squash(second[0]!.overlaidText)).toBe(start.join(' '));
  });

  it('flows a note longer than a page onto the next pages, losing nothing', async () => {
    const documentId = await makeDocument(
      'Long note',
      doc(para('A short text with one passage to discuss at length.')),
    );
    const words = Array.from({ length: 1400 }, (_, i) => `w${String(i).padStart(4, '0')}`);
    await note('ana', documentId, 'one passage', { body: words.join(' ') });
    const { pages } = await exportFor('ana', documentId);
    const pageOf = (word: string) => pages.findIndex((p) => p.text.includes(word));
    expect(pageOf(words[0]!)).toBeGreaterThanOrEqual(0);
    expect(pageOf(words.at(-1)!)).toBeGreaterThan(pageOf(words[0]!));
    expect(wordsInOrder(words.join(' '), allText(pages))).toEqual([]);
    expect(allText(pages)).toContain('Notes continued from page 1');
  });

  it('lists notes whose passage was lost in their own section', async () => {
    const before = doc(para('Alpha beta gamma.'), para('The vanishing sentence is here.'));
    const documentId = await makeDocument('Lost', before);
    await note('ana', documentId, 'vanishing sentence', { body: 'ORPHANED-NOTE' });
    await saveDocumentVersion({
      actor: { id: ids.teacher },
      documentId,
      content: doc(para('Alpha beta gamma.'), para('Something else entirely.')),
    });
    const { pages, data } = await exportFor('ana', documentId);
    expect(data.notes.map((n) => n.anchor.status)).toEqual(['orphan']);
    const all = allText(pages);
    expect(all.indexOf('Notes whose passage was lost')).toBeGreaterThan(0);
    expect(all.indexOf('ORPHANED-NOTE')).toBeGreaterThan(all.indexOf('Notes whose passage'));
    expect(all).toContain('Passage: “vanishing sentence”');
    expect(highlights(pages)).toHaveLength(0);
  });

  it('sets symbols the serif lacks in sans and draws what no face has as "?", without failing', async () => {
    const documentId = await makeDocument(
      'Glyphs',
      doc(para('Kanji 漢字, a smile 🙂, a check ✓ and a bell\u0007 here.')),
    );
    await note('ana', documentId, 'a check ✓', { body: 'A smile in a note 🙂 ✓' });
    const { pages } = await exportFor('ana', documentId);
    const all = squash(allText(pages));
    expect(all).toContain('Kanji ??, a smile ?, a check ✓');
    expect(all).toContain('and a bell here.');
    expect(all).toContain('A smile in a note ? ✓');
    expect(squash(highlights(pages)[0]!.overlaidText)).toBe('a check ✓');
  });

  it('exports an empty document with no notes as one page that says so', async () => {
    const documentId = await makeDocument('Nothing yet', doc());
    const { pages } = await exportFor('teacher', documentId);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain('This document has no text.');
    expect(pages[0]!.text).toContain('No notes');
    expect(pages[0]!.annotationCount).toBe(0);
  });
});
