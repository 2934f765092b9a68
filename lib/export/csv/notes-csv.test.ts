import { beforeAll, describe, expect, it } from 'vitest';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as attach } from '@/app/api/v1/annotations/[id]/sources/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as csvRoute } from '@/app/api/v1/documents/[id]/export.csv/route';
import { apiClientFor, jsonRequest } from '../../testing/api-client';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../../testing/make-course';
import { fetchRoute } from '../../testing/fetch-route';
import { csvTable } from './csv-table';

/** RFC 4180 as the export writes it: every field quoted, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else throw new Error(`Unquoted character ${JSON.stringify(c)} at ${i}`);
  }
  expect(quoted).toBe(false);
  expect(field + row.join('')).toBe('');
  return rows;
}

const TEXT = 'The harbour was quiet at dawn. Gulls argued over the nets. A bell rang twice.';

describe('csvTable', () => {
  it('quotes every field and defuses formulas', () => {
    const csv = csvTable(
      ['a', 'b'],
      [
        ['=1+1', '+cmd'],
        ['-2', '@SUM(A1)'],
        ['\tx', 'say "hi", ok'],
      ],
    );
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ["'=1+1", "'+cmd"],
      ["'-2", "'@SUM(A1)"],
      ["'\tx", 'say "hi", ok'],
    ]);
  });
});

describe('GET /api/v1/documents/:id/export.csv', () => {
  let documentId: string;
  let noteId: string;
  let secret: string;

  beforeAll(async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', ana: 'STUDENT' });
    documentId = await makeCourseDocument({
      ownerId: users.teacher.id,
      courseId,
      title: 'Harbour, at dawn',
      text: TEXT,
    });
    const teacher = await apiClientFor(users.teacher.id);
    const ana = await apiClientFor(users.ana.id);
    secret = teacher.secret;
    const post = (body: unknown, id: string) => jsonRequest('POST', body, { id });
    const created = await teacher.call(
      annotate,
      post(
        {
          target: { selector: [{ type: 'TextQuoteSelector', exact: 'Gulls argued' }] },
          body: paragraphDoc('=HYPERLINK("http://evil.example","click")'),
          tags: ['birds', 'noise'],
          color: 'evidence',
          visibility: 'course',
        },
        documentId,
      ),
    );
    noteId = created.body!.id as string;
    const source = await teacher.call(
      attach,
      post(
        {
          source: {
            type: 'book',
            title: 'Birds of the Coast',
            authors: ['Gull, Ann'],
            issued: '2001',
          },
          relation: 'supports',
        },
        noteId,
      ),
    );
    expect(source.status).toBe(201);
    await ana.call(replyTo, post({ body: paragraphDoc('Yes, "loudly", and\nat length.') }, noteId));
  });

  it('has one row per note and reply, with the columns in order', async () => {
    const res = await fetchRoute(secret, csvRoute, {
      url: `http://localhost/api/v1/documents/${documentId}/export.csv?style=apa`,
      params: { id: documentId },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, note, reply, ...rest] = parseCsv(await res.text());
    expect(rest).toEqual([]);
    expect(header).toEqual([
      'Document',
      'Type',
      'ID',
      'Parent ID',
      'Quote',
      'Start',
      'End',
      'Author',
      'Created',
      'Tags',
      'Colour',
      'Visibility',
      'Kind',
      'Claim status',
      'Sources',
      'Text',
    ]);
    const start = TEXT.indexOf('Gulls argued');
    expect(note!.slice(0, 8)).toEqual([
      'Harbour, at dawn',
      'note',
      noteId,
      '',
      'Gulls argued',
      String(start),
      String(start + 12),
      'teacher',
    ]);
    expect(note!.slice(9, 14)).toEqual(['birds; noise', 'evidence', 'course', 'comment', '']);
    expect(note![14]).toMatch(/^Gull, A\. \(2001\)\. .*Birds of the Coast/);
    // A spreadsheet shows the formula as text instead of running it.
    expect(note![15]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(reply!.slice(1, 4)).toEqual(['reply', expect.any(String), noteId]);
    expect(reply![7]).toBe('ana');
    expect(reply![15]).toBe('Yes, "loudly", and\nat length.');
  });
});
