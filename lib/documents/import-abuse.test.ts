import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/documents/route';
import { getDb } from '../db/prisma';
import { apiClientFor, multipart } from '../testing/api-client';
import { makeUser } from '../testing/make-course';
import { measurePeakMemory } from '../testing/measure-peak-memory';
import { streamedMultipart } from '../testing/streamed-multipart';
import { buildDocxFixture } from './import/testing/build-docx-fixture';
import { buildExecutable } from './import/testing/build-executable';
import { buildFlateBombPdf } from './import/testing/build-flate-bomb-pdf';
import { buildTextPdf } from './import/testing/build-pdf-fixture';
import { buildZip, buildZipBombDocx, deflateRepeated } from './import/testing/build-zip-bomb';

// Generous: the point is "bounded", not a budget; a bomb that is not stopped takes gigabytes.
const MAX_GROWTH_MB = 200;
const MB = 1024 * 1024;

type Upload = () => Promise<RequestInit>;

async function counts() {
  const db = getDb();
  return { documents: await db.document.count(), versions: await db.documentVersion.count() };
}

const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string): Upload => {
  return async () => ({ body: multipart({ name, bytes }) });
};

async function withEntries(entries: Record<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(await buildDocxFixture());
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<
    Uint8Array<ArrayBuffer>
  >;
}

async function withBodyRenamed(name: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(await buildDocxFixture());
  const body = await zip.file('word/document.xml')!.async('uint8array');
  zip.remove('word/document.xml');
  zip.file(name, body);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<
    Uint8Array<ArrayBuffer>
  >;
}

const pdfText = (text: string) => new TextEncoder().encode(text);

const cases: [string, Upload, number][] = [
  ['a .docx whose document.xml inflates to 2 GiB', file('bomb.docx', buildZipBombDocx(2048)), 413],
  [
    'a .docx of 40 entries inflating to 64 MiB each',
    file(
      'many.docx',
      buildZip([
        { name: 'word/document.xml', deflated: deflateRepeated(1), size: MB },
        ...Array.from({ length: 40 }, (_, i) => ({
          name: `word/media/pad${i}.bin`,
          deflated: deflateRepeated(64),
          size: 64 * MB,
        })),
      ]),
    ),
    413,
  ],
  [
    'a .docx holding ../../ entries',
    async () =>
      file('escape.docx', await withEntries({ '../../etc/cron.d/evil': '* * * * * x' }))(),
    422,
  ],
  [
    'a .docx whose body is named ../word/document.xml',
    async () => file('climb.docx', await withBodyRenamed('../word/document.xml'))(),
    422,
  ],
  [
    'a .docx holding an absolute and a Windows path',
    async () =>
      file('rooted.docx', await withEntries({ '/tmp/evil': 'x', 'a\\..\\..\\evil': 'x' }))(),
    422,
  ],
  ['a PDF of garbage after its header', file('junk.pdf', '%PDF-1.7\n\u0000\u00ff garbage'), 422],
  [
    'a truncated PDF',
    async () => {
      const pdf = await buildTextPdf([[['A paragraph that will be cut in half.']]]);
      return file('cut.pdf', pdf.slice(0, Math.floor(pdf.length / 2)))();
    },
    422,
  ],
  [
    'a PDF whose page tree holds itself',
    file(
      'loop.pdf',
      pdfText(
        '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[2 0 R]/Count 1000000000>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF',
      ),
    ),
    422,
  ],
  [
    'a PDF of 100,000 nested arrays',
    file(
      'deep.pdf',
      pdfText(
        `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R/X ${'['.repeat(100_000)}>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF`,
      ),
    ),
    422,
  ],
  ['a PDF whose page content inflates to 4 GiB', file('bomb.pdf', buildFlateBombPdf(4096)), 413],
  [
    'a PDF whose page content is Flate twice over, to 16 GiB',
    file('twice.pdf', buildFlateBombPdf(16384, { layers: 2 })),
    413,
  ],
  ['an ELF executable named .docx', file('report.docx', buildExecutable('elf')), 415],
  ['an ELF executable named .pdf', file('report.pdf', buildExecutable('elf')), 415],
  ['an ELF executable named .md', file('report.md', buildExecutable('elf')), 415],
  ['a PE executable named .docx', file('setup.docx', buildExecutable('pe')), 415],
  ['a PE executable named .pdf', file('setup.pdf', buildExecutable('pe')), 415],
  ['a PE executable named .md', file('setup.md', buildExecutable('pe')), 415],
];

describe('POST /api/v1/documents under abuse', () => {
  it.each(cases)(
    'refuses %s with a sentence, bounded memory and nothing stored',
    async (_what, upload, status) => {
      const api = await apiClientFor((await makeUser('abuser')).id);
      const init = await upload();
      const before = await counts();
      const { result, rssGrowthMb, heapGrowthMb } = await measurePeakMemory(() =>
        api.call(POST, { method: 'POST', ...init }),
      );
      console.info(`${_what}: ${result.status}, RSS +${rssGrowthMb} MB, heap +${heapGrowthMb} MB`);
      expect(result.status).toBe(status);
      expect(result.body?.error).toMatch(/^[A-Z][^]*[a-z)]\.$/);
      expect(rssGrowthMb).toBeLessThan(MAX_GROWTH_MB);
      expect(await counts()).toEqual(before);
    },
  );

  it.each([
    ['without a length', false],
    ['with its length', true],
  ])('refuses a 50 MB upload %s before reading it all (413)', async (_what, withLength) => {
    const api = await apiClientFor((await makeUser('big')).id);
    const upload = streamedMultipart({ name: 'huge.txt', size: 50 * MB });
    const headers: Record<string, string> = { 'content-type': upload.contentType };
    if (withLength) headers['content-length'] = String(upload.length);
    const before = await counts();
    const { result, rssGrowthMb, heapGrowthMb } = await measurePeakMemory(() =>
      api.call(POST, {
        method: 'POST',
        headers,
        body: upload.body,
        duplex: 'half',
      } as RequestInit),
    );
    console.info(
      `50 MB ${_what}: ${result.status}, read ${Math.round(upload.sent() / MB)} MB, RSS +${rssGrowthMb} MB, heap +${heapGrowthMb} MB`,
    );
    expect(result.status).toBe(413);
    expect(result.body?.error).toBe(
      'This file is larger than 10 MB; split it or import a smaller one.',
    );
    // Reading stops just past the limit (10 MB, plus a chunk or two in flight).
    expect(upload.sent()).toBeLessThan(12 * MB);
    expect(rssGrowthMb).toBeLessThan(MAX_GROWTH_MB);
    expect(await counts()).toEqual(before);
  });

  it('still imports a real .docx and PDF after all that', async () => {
    const api = await apiClientFor((await makeUser('honest')).id);
    const docx = await api.call(POST, {
      method: 'POST',
      body: multipart({
        name: 'essay.docx',
        bytes: (await buildDocxFixture()) as Uint8Array<ArrayBuffer>,
      }),
    });
    expect(docx.status).toBe(201);
    const pdf = await api.call(POST, {
      method: 'POST',
      body: multipart({
        name: 'paper.pdf',
        bytes: (await buildTextPdf([[['A real paragraph.']]])) as Uint8Array<ArrayBuffer>,
      }),
    });
    expect(pdf.status).toBe(201);
  });
});
