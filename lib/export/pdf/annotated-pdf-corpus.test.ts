import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { createDocument } from '@/lib/documents/create-document';
import { importDocument } from '@/lib/documents/import/import-document';
import { apiClientFor } from '@/lib/testing/api-client';
import { makeCourse, paragraphDoc } from '@/lib/testing/make-course';
import { exportOptionsFrom } from '../export-options';
import { loadExport } from '../load-export';
import { renderAnnotatedPdf } from './render-annotated-pdf';
import { readPdfPages } from './testing/read-pdf-pages';
import { wordsInOrder } from './testing/words-in-order';

const CORPUS = path.resolve('../shared/corpus');
const present = existsSync(CORPUS);
if (!present)
  console.log(`Skipping the corpus PDF tests: ${CORPUS} does not exist on this machine.`);
const files = present ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];

let owner: string;
let courseId: string;
let api: Awaited<ReturnType<typeof apiClientFor>>;

beforeAll(async () => {
  const course = await makeCourse({ owner: 'INSTRUCTOR' });
  owner = course.users.owner.id;
  courseId = course.courseId;
  api = await apiClientFor(owner);
});

/** Passages of five words spread evenly over a text, with their canonical offsets. */
function passages(text: string, count: number) {
  const words = [...text.matchAll(/\S+/g)];
  return Array.from({ length: Math.min(count, Math.floor(words.length / 5)) }, (_, i) => {
    const first = words[Math.floor((words.length - 5) * ((i + 0.5) / count))]!;
    const last = words[words.indexOf(first) + 4]!;
    const end = last.index + last[0].length;
    return { exact: text.slice(first.index, end), start: first.index, end };
  });
}

/** Imports a text into the course, notes some passages, exports it, and reads the PDF back. */
async function exportText(name: string, source: string, noteCount: number) {
  const imported = await importDocument({
    kind: 'file',
    filename: name,
    bytes: new TextEncoder().encode(source),
  });
  const created = await createDocument({
    ownerId: owner,
    courseId,
    title: imported.title ?? name,
    content: imported.content,
    text: imported.text,
  });
  const quotes = passages(imported.text, noteCount);
  for (const [i, { exact, start, end }] of quotes.entries()) {
    const res = await api.call(annotate, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        target: {
          selector: [
            { type: 'TextQuoteSelector', exact },
            { type: 'TextPositionSelector', start, end },
          ],
        },
        body: paragraphDoc(`Corpus note ${i + 1}.`),
      }),
      params: { id: created.id },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  const data = await loadExport({ id: owner }, created.id, exportOptionsFrom('http://x/'));
  const started = performance.now();
  const bytes = await renderAnnotatedPdf(data);
  const ms = performance.now() - started;
  const pages = await readPdfPages(bytes);
  return { text: imported.text, title: data.document.title, quotes, pages, bytes, ms };
}

function expectNothingLost(
  { text, title }: { text: string; title: string },
  pages: Awaited<ReturnType<typeof readPdfPages>>,
) {
  const all = pages.map((p) => p.text).join(' ');
  expect(wordsInOrder(text, all)).toEqual([]);
  // A character missing from the faces would show as "?" or U+FFFD; the title is on the cover.
  const marks = (s: string) => (s.match(/\?/g) ?? []).length;
  expect(all).not.toContain('\uFFFD');
  expect(marks(all)).toBe(marks(text) + marks(title));
}

describe.skipIf(!present)('the annotated PDF of the sample corpus', () => {
  it.each(files)('%s keeps every word, in order, with its highlights', async (name) => {
    const source = readFileSync(path.join(CORPUS, name), 'utf8');
    const exported = await exportText(name, source, 4);
    const { text, quotes, pages, bytes, ms } = exported;
    console.log(
      `${name}: ${text.length} characters, ${pages.length} pages, ${bytes.length} bytes, rendered in ${ms.toFixed(0)} ms`,
    );
    expectNothingLost(exported, pages);
    const highlights = pages.flatMap((p) => p.highlights);
    expect(new Set(highlights.map((h) => h.contents)).size).toBe(quotes.length);
    expect(highlights.length).toBeGreaterThanOrEqual(quotes.length);
  });

  it('sets a long document (the corpus forty times over, 200 notes) without losing a word', async () => {
    const source = files
      .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'))
      .join('\n\n')
      .repeat(40);
    const exported = await exportText('long.txt', source, 200);
    const { text, pages, bytes, ms } = exported;
    console.log(
      `Long document: ${text.length} characters, ${pages.length} pages, ${bytes.length} bytes, rendered in ${ms.toFixed(0)} ms`,
    );
    expect(pages.length).toBeGreaterThan(100);
    expectNothingLost(exported, pages);
    const highlights = pages.flatMap((p) => p.highlights);
    expect(new Set(highlights.map((h) => h.contents)).size).toBe(200);
  }, 120_000);
});
