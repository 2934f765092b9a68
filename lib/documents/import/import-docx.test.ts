import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';
import { ImportError } from './import-error';
import { assertInSchema } from './testing/assert-in-schema';
import { buildDocxFixture, withRelationship } from './testing/build-docx-fixture';
import { collectNodes } from './testing/collect-nodes';

const importDocx = (bytes: Uint8Array, options?: { maxBytes?: number }) =>
  importDocument({ kind: 'file', filename: 'thaw.docx', bytes }, options);

async function expectImportError(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(error).toMatchObject({ status, message: expect.stringMatching(message) });
}

describe('importing .docx', () => {
  it('keeps headings, paragraphs, a bullet list, bold, italic and links, with title and author', async () => {
    const doc = await importDocx(await buildDocxFixture());
    assertInSchema(doc.content);
    expect(doc).toMatchObject({
      format: 'docx',
      title: 'The Thaw',
      author: 'Ada Reader',
      sourceUrl: null,
    });
    expect(doc.text).toBe(
      [
        'The Khrushchev Era',
        'Stalin died in 1953 and a collective leadership followed.',
        'Rivals',
        'Georgy Malenkov',
        'Lavrentiy Beria',
        'Read the overview first.',
      ].join('\n\n'),
    );
    const nodes = collectNodes(doc.content);
    expect(nodes.filter((n) => n.type === 'heading').map((n) => n.attrs?.level)).toEqual([1, 2]);
    const list = nodes.find((n) => n.type === 'bulletList');
    expect(list?.content).toHaveLength(2);
    const marked = (type: string) =>
      nodes.filter((n) => n.marks?.some((m) => m.type === type)).map((n) => n.text);
    expect(marked('bold')).toEqual(['1953']);
    expect(marked('italic')).toEqual(['collective leadership']);
    expect(marked('link')).toEqual(['the overview']);
    const link = nodes.flatMap((n) => n.marks ?? []).find((m) => m.type === 'link');
    expect(link?.attrs?.href).toBe('https://example.org/thaw');
  });

  it('falls back to the first heading when the core properties have no title', async () => {
    const zip = await JSZip.loadAsync(await buildDocxFixture());
    zip.remove('docProps/core.xml');
    const doc = await importDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(doc).toMatchObject({ title: 'The Khrushchev Era', author: null });
  });

  it('accepts external hyperlinks and internal relationships', async () => {
    const docx = await withRelationship(await buildDocxFixture(), {
      type: 'hyperlink',
      target: 'https://example.org/more',
      external: true,
    });
    await expect(importDocx(docx)).resolves.toMatchObject({ format: 'docx' });
  });

  it.each([
    ['a linked image', 'image', 'file:///etc/passwd'],
    ['an attached template', 'attachedTemplate', 'http://evil.example/template.dotm'],
    ['a sub-document', 'subDocument', 'file://server/share/secret.docx'],
    ['an OLE object', 'oleObject', 'http://evil.example/object.bin'],
    ['a frame', 'frame', 'http://evil.example/frame.html'],
  ])('refuses a document that refers to %s outside itself', async (_what, type, target) => {
    const docx = await withRelationship(await buildDocxFixture(), { type, target, external: true });
    await expectImportError(importDocx(docx), 422, /refers to files outside itself/);
  });

  it('refuses an external reference in any part, such as the settings', async () => {
    const zip = await JSZip.loadAsync(await buildDocxFixture());
    zip.file(
      'word/_rels/settings.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>',
    );
    await expectImportError(
      importDocx(await zip.generateAsync({ type: 'uint8array' })),
      422,
      /outside itself/,
    );
  });

  it('refuses a package that unzips to far more than the limit allows (a zip bomb)', async () => {
    const zip = await JSZip.loadAsync(await buildDocxFixture());
    zip.file('word/media/padding.bin', new Uint8Array(6 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.byteLength).toBeLessThan(100 * 1024);
    await expectImportError(
      importDocx(bytes, { maxBytes: 100 * 1024 }),
      413,
      /unpacks to more than 4.9 MB/,
    );
    await expect(importDocx(bytes)).resolves.toMatchObject({ format: 'docx' });
  });

  it('refuses a truncated .docx as damaged', async () => {
    const docx = await buildDocxFixture();
    await expectImportError(importDocx(docx.slice(0, docx.byteLength / 2)), 422, /damaged/);
  });

  it('refuses a .docx whose zip entries are garbled as damaged', async () => {
    const docx = await buildDocxFixture();
    const garbled = docx.slice();
    // Overwrite the middle (compressed entry data) but keep the zip header and directory.
    for (let i = 200; i < garbled.byteLength - 2000; i++) garbled[i] = (i * 131) & 0xff;
    await expectImportError(importDocx(garbled), 422, /damaged/);
  });

  it('refuses a zip without a Word body as damaged', async () => {
    const zip = new JSZip().file('notes.txt', 'hello');
    await expectImportError(
      importDocx(await zip.generateAsync({ type: 'uint8array' })),
      422,
      /damaged/,
    );
  });

  it('answers 400 for a document with no text in it', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const empty = new Document({ sections: [{ children: [new Paragraph({ text: '   ' })] }] });
    await expectImportError(
      importDocx(new Uint8Array(await Packer.toBuffer(empty))),
      400,
      /no readable text/,
    );
  });
});
