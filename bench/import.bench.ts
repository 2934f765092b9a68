/**
 * Import speed: a ~1 MB plain-text document and a ~200-page .docx through importDocument,
 * each against the raw parse it builds on, measured in the same run (medians of RUNS).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { measureInApp } from './support/measure-in-app';
import { importDocument } from '../lib/documents/import/import-document';
import { median } from './support/median';

const RUNS = 7;
const TEXT_BYTES = 1024 * 1024;
const DOCX_PAGES = 200;
// About as many words as a page of a 12-point single-spaced document holds.
const WORDS_PER_PAGE = 450;

const VOCABULARY = (
  'after stalin death in 1953 a power struggle ensued between malenkov beria and khrushchev ' +
  'who gained support among regional party leaders while the presidium debated consumer goods ' +
  'heavy industry the virgin lands campaign and how far the thaw should go in culture and law'
).split(' ');

/** A deterministic stream of words, so every run parses the same document. */
function wordSource() {
  let seed = 7;
  return (count: number) =>
    Array.from({ length: count }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return VOCABULARY[seed % VOCABULARY.length];
    }).join(' ');
}

/** Forum-style and essay-style text: wrapped and unwrapped paragraphs, bullets, numbered items, separators. */
function plainText(bytes: number): string {
  const words = wordSource();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let part: string;
    if (i % 9 === 0) part = `Author ${i}\n\nBanned\n${words(120)}.`;
    else if (i % 9 === 3)
      part = `${(i % 4) + 1}. Section ${i}\n● ${words(14)}\n${words(12)}.\n● ${words(10)}.`;
    else if (i % 9 === 6) part = `\u00A0\n${words(6)}`;
    else
      part = (words(90).match(/.{1,72}(\s|$)/g) ?? []).map((line) => line.trim()).join('\n') + '.';
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
}

async function docxOfPages(pages: number): Promise<Uint8Array> {
  const words = wordSource();
  const children: Paragraph[] = [];
  for (let page = 0; page < pages; page++) {
    children.push(new Paragraph({ text: `Chapter ${page + 1}`, heading: HeadingLevel.HEADING_2 }));
    for (let p = 0; p < 5; p++) {
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: words(8), bold: true }),
            new TextRun(` ${words(WORDS_PER_PAGE / 5 - 8)}.`),
          ],
        }),
      );
    }
    children.push(new Paragraph({ text: words(10), bullet: { level: 0 } }));
  }
  const document = new Document({ title: 'Bench', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function medianSeconds(run: () => Promise<unknown> | unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}

const seconds = (s: number) => `${s.toFixed(s < 0.1 ? 4 : 2)} s`;

/** Runs the benchmark and prints a table, then one summary line with both ratios. */
export async function run(): Promise<void> {
  const text = plainText(TEXT_BYTES);
  const textBytes = new TextEncoder().encode(text);
  const docx = await docxOfPages(DOCX_PAGES);
  const docxBuffer = Buffer.from(docx);
  const maxBytes = 50 * 1024 * 1024;

  const rawText = await medianSeconds(() => text.split(/\n\s*\n/));
  const importText = await medianSeconds(() =>
    importDocument({ kind: 'file', filename: 'bench.txt', bytes: textBytes }, { maxBytes }),
  );
  const rawDocx = await medianSeconds(() => mammoth.convertToHtml({ buffer: docxBuffer }));
  const importDocx = await medianSeconds(() =>
    importDocument({ kind: 'file', filename: 'bench.docx', bytes: docx }, { maxBytes }),
  );

  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(2)} MB`;
  console.table([
    {
      input: `txt ${mb(textBytes.byteLength)}`,
      step: 'text.split(/\\n\\s*\\n/)',
      median: seconds(rawText),
    },
    {
      input: `txt ${mb(textBytes.byteLength)}`,
      step: 'importDocument',
      median: seconds(importText),
    },
    {
      input: `docx ${DOCX_PAGES} pages, ${mb(docx.byteLength)}`,
      step: 'mammoth.convertToHtml',
      median: seconds(rawDocx),
    },
    {
      input: `docx ${DOCX_PAGES} pages, ${mb(docx.byteLength)}`,
      step: 'importDocument',
      median: seconds(importDocx),
    },
  ]);
  console.log(`Medians of ${RUNS} runs after one warm-up run.`);

  console.log('\nIn the running app (started as npm start starts it), in Chromium:');
  const app = await measureInApp(text);
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
  console.table([
    {
      measure: '1 MB .txt upload, end to end (HTTP + import + database)',
      median: ms(app.uploadMs),
    },
    {
      measure: `first render, ${app.words.toLocaleString('en')} words, our reader`,
      median: ms(app.ours),
    },
    { measure: 'first render, same text as plain HTML (floor)', median: ms(app.floor) },
    {
      measure: 'longest main-thread task while scrolling',
      median: `${Math.round(app.longestScrollTask)} ms`,
    },
  ]);
  console.log(
    `import 1MB txt: ${seconds(importText)} (${(importText / rawText).toFixed(1)}x raw parse), ` +
      `${ms(app.uploadMs)} end to end; ${DOCX_PAGES}-page docx: ${seconds(importDocx)} ` +
      `(${(importDocx / rawDocx).toFixed(1)}x mammoth); first render of 100k words: ${ms(app.ours)} ` +
      `(${(app.ours / app.floor).toFixed(1)}x plain HTML); longest scroll task ${Math.round(app.longestScrollTask)} ms`,
  );
}
