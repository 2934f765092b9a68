import { describe, expect, it } from 'vitest';
import { importDocument, type ImportInput } from './import-document';
import { ImportError } from './import-error';
import { buildDocxFixture } from './testing/build-docx-fixture';
import { buildTextPdf } from './testing/build-pdf-fixture';

const file = (filename: string, bytes: Uint8Array | string, mimeType?: string): ImportInput => ({
  kind: 'file',
  filename,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
  mimeType,
});

const ELF = new Uint8Array([
  0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0,
]);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const INVALID_UTF8 = new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x41]);

async function expectImportError(
  input: ImportInput | Promise<ImportInput>,
  status: number,
  options?: { maxBytes?: number },
) {
  const error = await importDocument(await input, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  const { message } = error as ImportError;
  expect((error as ImportError).status).toBe(status);
  // One sentence saying what is wrong and, after a semicolon, what to do.
  expect(message).toMatch(/^[A-Z].*; .*\.$/);
  expect(message).not.toMatch(/[.!?] [A-Z]/);
  return message;
}

describe('what importDocument refuses', () => {
  it.each([
    ['an empty file', file('notes.txt', new Uint8Array(0))],
    ['a file of blank space', file('notes.txt', ' \n\t\u00A0\n ')],
    ['empty pasted text', { kind: 'text', text: '   \n' } as const],
    ['empty Markdown', { kind: 'markdown', markdown: '' } as const],
    ['empty HTML', { kind: 'html', html: ' ' } as const],
    [
      'HTML with nothing readable',
      { kind: 'html', html: '<script>x()</script><img src=a.png>' } as const,
    ],
  ])('400 for %s', async (_what, input) => {
    await expectImportError(input, 400);
  });

  it('says what to do about an empty file', async () => {
    expect(await expectImportError(file('notes.txt', new Uint8Array(0)), 400)).toBe(
      'This file is empty; choose a file with some text in it.',
    );
  });

  it('413 for a file or text over the limit, with the sizes in the message', async () => {
    const message = await expectImportError(file('big.txt', 'x'.repeat(2048)), 413, {
      maxBytes: 1024,
    });
    expect(message).toBe(
      'This file is 2 KB, over the 1 KB import limit; split it into smaller parts and import them one by one.',
    );
    await expectImportError({ kind: 'text', text: 'é'.repeat(600) }, 413, { maxBytes: 1024 });
    await expectImportError({ kind: 'html', html: `<p>${'a'.repeat(1100)}</p>` }, 413, {
      maxBytes: 1024,
    });
    await expect(
      importDocument({ kind: 'text', text: 'a'.repeat(1024) }, { maxBytes: 1024 }),
    ).resolves.toBeTruthy();
  });

  it('413 by default above SCHOLIA_MAX_IMPORT_BYTES', async () => {
    const before = process.env.SCHOLIA_MAX_IMPORT_BYTES;
    process.env.SCHOLIA_MAX_IMPORT_BYTES = '100';
    try {
      await expectImportError(file('a.txt', 'a'.repeat(101)), 413);
    } finally {
      if (before === undefined) delete process.env.SCHOLIA_MAX_IMPORT_BYTES;
      else process.env.SCHOLIA_MAX_IMPORT_BYTES = before;
    }
  });

  it.each([
    ['an ELF binary renamed .txt', file('notes.txt', ELF)],
    ['a PNG renamed .txt', file('notes.txt', PNG)],
    ['a PNG renamed .md', file('notes.md', PNG)],
    ['invalid UTF-8 named .txt', file('notes.txt', INVALID_UTF8)],
    ['text with NUL bytes named .html', file('page.html', 'ab\u0000cd')],
    ['a .pdf that is not a PDF', file('paper.pdf', 'Just some text.')],
    ['a .docx that is not a zip', file('essay.docx', 'Just some text.')],
    [
      'an old Word .doc',
      file('essay.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ],
    ['an RTF file', file('essay.rtf', '{\\rtf1\\ansi Hello}')],
    ['an unnamed binary', file('upload', PNG)],
    [
      'an unnamed zip that is not a Word document',
      file('upload', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])),
    ],
  ])('415 for %s', async (_what, input) => {
    await expectImportError(input, 415);
  });

  it('415 for a real .docx or PDF renamed .txt', async () => {
    await expectImportError(file('essay.txt', await buildDocxFixture()), 415);
    await expectImportError(file('paper.txt', await buildTextPdf([[['Hello']]])), 415);
  });

  it('says what a misnamed PDF is and what to do', async () => {
    expect(await expectImportError(file('paper.pdf', 'text'), 415)).toBe(
      'This file is named .pdf but is not a PDF; export it as a PDF again and import that.',
    );
  });

  it('422 for damaged .docx and PDF files', async () => {
    const docx = await buildDocxFixture();
    await expectImportError(file('essay.docx', docx.slice(0, 100)), 422);
    await expectImportError(file('paper.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog'), 422);
  });
});
