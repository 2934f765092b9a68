import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';
import { ImportError } from './import-error';
import { assertInSchema } from './testing/assert-in-schema';
import { buildPasswordPdf, buildScannedPdf, buildTextPdf } from './testing/build-pdf-fixture';
import { collectNodes } from './testing/collect-nodes';

const importPdf = (bytes: Uint8Array, filename = 'thaw.pdf') =>
  importDocument({ kind: 'file', filename, bytes });

async function expectImportError(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(error).toMatchObject({ status, message: expect.stringMatching(message) });
}

const PAGES = [
  [
    ['The Khrushchev Era'],
    [
      'Although Stalin had become a hero of the Russian people he was still associated',
      'with the great Terror and the years of unprecedented repression. Khrushchev',
      'therefore had to stamp his own personality on the Russian Government.',
    ],
    [
      '• Role: Malenkov served as Deputy Premier and then as Premier of the Soviet',
      'Union from 1953.',
    ],
    ['• Downfall: Beria was arrested and executed in 1953.'],
  ],
  [
    [
      'After Stalin’s death in 1953 a power struggle ensued between the members of',
      'the Presidium.',
    ],
    ['Khrushchev emerges as victor.'],
  ],
];

describe('importing PDF', () => {
  it('builds paragraphs and lists from two pages of text and reads the info dictionary', async () => {
    const doc = await importPdf(
      await buildTextPdf(PAGES, { title: 'The Thaw', author: 'Ada Reader' }),
    );
    assertInSchema(doc.content);
    expect(doc).toMatchObject({
      format: 'pdf',
      title: 'The Thaw',
      author: 'Ada Reader',
      sourceUrl: null,
    });
    expect(doc.text).toBe(
      [
        'The Khrushchev Era',
        PAGES[0]?.[1]?.join(' '),
        'Role: Malenkov served as Deputy Premier and then as Premier of the Soviet Union from 1953.',
        'Downfall: Beria was arrested and executed in 1953.',
        PAGES[1]?.[0]?.join(' '),
        'Khrushchev emerges as victor.',
      ].join('\n\n'),
    );
    const list = collectNodes(doc.content).find((node) => node.type === 'bulletList');
    expect(list?.content).toHaveLength(2);
  });

  it('continues a paragraph on the next page when the last line of the page is full', async () => {
    const first = 'Although Stalin had become a hero of the Russian people he was still associated';
    const second = 'with the great Terror and the years of unprecedented repression.';
    const doc = await importPdf(await buildTextPdf([[[first]], [[second], ['Next paragraph.']]]));
    expect(doc.text).toBe(`${first} ${second}\n\nNext paragraph.`);
  });

  it('takes the first short line as the title when the info dictionary has none', async () => {
    const doc = await importPdf(await buildTextPdf(PAGES));
    expect(doc).toMatchObject({ title: 'The Khrushchev Era', author: null });
  });

  it('is recognised by its content whatever its name says, when the name is not a known type', async () => {
    const doc = await importPdf(await buildTextPdf(PAGES), 'download');
    expect(doc.format).toBe('pdf');
  });

  it('refuses a PDF without a text layer (scanned) with advice to OCR it', async () => {
    await expectImportError(
      importPdf(await buildScannedPdf()),
      422,
      /^This PDF has no text layer \(it looks scanned\); run it through OCR or import a text version\.$/,
    );
  });

  it('refuses a password-protected PDF', async () => {
    await expectImportError(importPdf(await buildPasswordPdf()), 422, /password-protected/);
  });

  it('refuses a truncated PDF as damaged', async () => {
    const pdf = await buildTextPdf(PAGES);
    await expectImportError(importPdf(pdf.slice(0, 400)), 422, /damaged/);
  });

  it('refuses a garbled PDF as damaged', async () => {
    const garbage = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)}\n%%EOF`);
    await expectImportError(importPdf(garbage), 422, /damaged/);
  });
});
