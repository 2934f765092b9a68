import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as attach } from '@/app/api/v1/annotations/[id]/sources/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { POST as flag } from '@/app/api/v1/documents/[id]/claims/route';
import { GET as mdRoute } from '@/app/api/v1/documents/[id]/export.md/route';
import { getDb } from '../../db/prisma';
import { apiClientFor, jsonRequest } from '../../testing/api-client';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../../testing/make-course';
import { exportDate } from '../export-date';
import { fetchRoute } from '../../testing/fetch-route';
import { escapeMarkdown } from './escape-markdown';

const HOSTILE =
  '[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** _it_ `code` https://evil.example www.evil.example a@b.example';

const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;

describe('escapeMarkdown', () => {
  it('renders hostile text as the same words and nothing else', async () => {
    const text = `${HOSTILE}\n# Heading\n- item\n1. first\n2) second\n    code block\n> quote\n---`;
    const html = await marked.parse(escapeMarkdown(text));
    for (const tag of [
      'a',
      'img',
      'strong',
      'em',
      'code',
      'h1',
      'ul',
      'ol',
      'pre',
      'blockquote',
      'hr',
    ])
      expect(count(html, tag), tag).toBe(0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[click](javascript:alert(1))');
    expect(html).toContain('https://evil.example');
    expect(html).toContain('# Heading');
  });
});

describe('GET /api/v1/documents/:id/export.md', () => {
  const TEXT =
    'The harbour was quiet at dawn. Gulls argued over the nets. A bell rang twice. The boats went out.';
  let documentId: string;
  let secret: string;
  let markdown: string;

  beforeAll(async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', ana: 'STUDENT' });
    documentId = await makeCourseDocument({
      ownerId: users.teacher.id,
      courseId,
      title: '# The <b>harbour</b>',
      text: TEXT,
    });
    const teacher = await apiClientFor(users.teacher.id);
    const ana = await apiClientFor(users.ana.id);
    secret = teacher.secret;
    const post = (body: unknown, id: string) => jsonRequest('POST', body, { id });
    const target = (exact: string) => ({ selector: [{ type: 'TextQuoteSelector', exact }] });
    const gulls = await teacher.call(
      annotate,
      post(
        { target: target('Gulls argued'), body: paragraphDoc(HOSTILE), tags: ['birds'] },
        documentId,
      ),
    );
    await teacher.call(
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
        gulls.body!.id as string,
      ),
    );
    await ana.call(replyTo, post({ body: paragraphDoc('Loud *ones*.') }, gulls.body!.id as string));
    const claim = await ana.call(
      flag,
      post(
        {
          target: target('A bell rang twice'),
          body: paragraphDoc('Says who?'),
          reason: 'needs_citation',
        },
        documentId,
      ),
    );
    expect(claim.status).toBe(201);
    const lost = await teacher.call(
      annotate,
      post({ target: target('The harbour'), body: paragraphDoc('Where did it go?') }, documentId),
    );
    // Its passage is gone from the text: the note is an orphan.
    await getDb().annotation.update({
      where: { id: lost.body!.id as string },
      data: { quoteExact: 'The lighthouse keeper', quotePrefix: '', quoteSuffix: '' },
    });
    const res = await fetchRoute(secret, mdRoute, {
      url: `http://localhost/api/v1/documents/${documentId}/export.md?style=apa`,
      params: { id: documentId },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    markdown = await res.text();
  });

  it('has a title, the notes in text order, lost passages after them and a bibliography', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# \\# The \\<b\\>harbour\\</b\\>');
    const at = (line: string) => lines.indexOf(line);
    const order = [
      '## Notes',
      '> Gulls argued',
      'Tags: birds',
      'Sources:',
      'Replies:',
      `- **ana**, ${exportDate(new Date())}: Loud \\*ones\\*.`,
      '> A bell rang twice',
      'Claim: Open (Needs a citation)',
      '## Notes whose passage is lost',
      '> The lighthouse keeper',
      '## Bibliography',
    ].map(at);
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines.find((l) => l.startsWith('**ana**'))).toMatch(
      /^\*\*ana\*\*, \d{1,2} \w{3} \d{4} \(claim\): Says who\?$/,
    );
    expect(
      lines.filter((l) => l.startsWith('- Gull, A. (2001). Birds of the Coast.')),
    ).toHaveLength(2);
  });

  it('keeps user text from adding links, HTML or structure', async () => {
    const html = await marked.parse(markdown);
    expect(count(html, 'h1')).toBe(1);
    expect(html).toContain('<h1># The &lt;b&gt;harbour&lt;/b&gt;</h1>');
    expect(count(html, 'h2')).toBe(3);
    expect(count(html, 'a')).toBe(0);
    expect(count(html, 'img')).toBe(0);
    expect(count(html, 'b>')).toBe(0);
    expect(count(html, 'em')).toBe(0);
    expect(count(html, 'code')).toBe(0);
    expect(count(html, 'blockquote')).toBe(3);
    // Only the authors' names are bold: three notes and one reply.
    expect(count(html, 'strong')).toBe(4);
  });
});
