import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';
import { buildDocxFixture } from './testing/build-docx-fixture';
import { buildTextPdf } from './testing/build-pdf-fixture';

const text = (value: string) => new TextEncoder().encode(value);

describe('detectFormat', () => {
  it.each([
    ['notes.txt', 'txt'],
    ['NOTES.TXT', 'txt'],
    ['readme.md', 'md'],
    ['readme.markdown', 'md'],
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['C:\\fakepath\\notes.txt', 'txt'],
  ])('trusts the extension of %s when the content is text', async (filename, format) => {
    await expect(detectFormat({ filename, bytes: text('# Hi <b>x</b>') })).resolves.toMatchObject({
      format,
    });
  });

  it('imports text with an unknown or no extension as text, or as HTML when it is a page', async () => {
    await expect(detectFormat({ filename: 'notes.log', bytes: text('Hello') })).resolves.toEqual({
      format: 'txt',
      text: 'Hello',
    });
    const page = text('  <!DOCTYPE html><html><body>Hi</body></html>');
    await expect(detectFormat({ filename: 'download', bytes: page })).resolves.toMatchObject({
      format: 'html',
    });
  });

  it('reads text that mentions "%PDF-" or starts with "PK" as text', async () => {
    const bytes = text('PK, our editor, writes: files begin with %PDF-1.7 and then objects.');
    await expect(detectFormat({ filename: 'notes', bytes })).resolves.toMatchObject({
      format: 'txt',
    });
  });

  it('uses the MIME type as a hint only when the name says nothing', async () => {
    const bytes = text('# Title');
    await expect(
      detectFormat({ filename: 'upload', bytes, mimeType: 'text/markdown; charset=utf-8' }),
    ).resolves.toMatchObject({
      format: 'md',
    });
    await expect(
      detectFormat({ filename: 'a.txt', bytes, mimeType: 'text/html' }),
    ).resolves.toMatchObject({ format: 'txt' });
  });

  it('recognises PDF and .docx by content when the name gives no type', async () => {
    const pdf = await buildTextPdf([[['Hello']]]);
    await expect(detectFormat({ filename: 'scan', bytes: pdf })).resolves.toEqual({
      format: 'pdf',
    });
    const docx = await buildDocxFixture();
    await expect(detectFormat({ filename: 'essay', bytes: docx })).resolves.toMatchObject({
      format: 'docx',
    });
  });

  it('decodes UTF-8 with a byte-order mark and UTF-16 text', async () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...text('Ré')]);
    await expect(detectFormat({ filename: 'a.txt', bytes: utf8 })).resolves.toEqual({
      format: 'txt',
      text: 'Ré',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x52, 0, 0xe9, 0]);
    await expect(detectFormat({ filename: 'a.txt', bytes: utf16 })).resolves.toEqual({
      format: 'txt',
      text: 'Ré',
    });
  });
});
