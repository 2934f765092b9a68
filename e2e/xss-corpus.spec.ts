import { expect, test, type Page } from '@playwright/test';
import { buildDocxFixture } from '../lib/documents/import/testing/build-docx-fixture';
import { signUpViaUi, uniqueEmail } from './support/auth';
import { openReader } from './support/reader';

/**
 * Hostile text as users could type it into any field. Each one carries its own number,
 * so a dialog that opens names the field it came from.
 */
const payload = (n: number) =>
  [
    `<img src=x onerror=alert(${n})>`,
    `<script>alert(${n})</script>`,
    `"><svg onload=alert(${n})>`,
  ].join(' ');

/**
 * Markup that only an injection could have put in the page: event-handler attributes,
 * scripts without the page's nonce, the payloads' own elements and script links.
 */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames())
        if (attr.startsWith('on')) found.push(`${el.tagName} ${attr}`);
      if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).nonce && !el.hasAttribute('src'))
        found.push('inline SCRIPT without nonce');
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('IMG src=x');
      if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? ''))
        found.push('A javascript:');
    }
    return found;
  });
}

test('hostile text in names, titles, file names, notes, tags, replies and sources shows as text and never runs', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signUpViaUi(page, {
    name: `Mal ${payload(1)}`.slice(0, 80),
    email: uniqueEmail('xss'),
    password: 'nothing runs here',
  });

  // A .docx whose title, author and text are hostile, uploaded under a hostile file name.
  const docx = await buildDocxFixture({
    title: `Doc ${payload(2)}`,
    author: payload(3),
    extraParagraphs: [`Body ${payload(4)} ends here.`],
  });
  const uploaded = await page.request.post('/api/v1/documents', {
    multipart: {
      file: {
        name: `${payload(5)}.docx`,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(docx),
      },
    },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };

  // A pasted document with a hostile title.
  const pasted = await page.request.post('/api/v1/documents', {
    data: { title: `Pasted ${payload(6)}`, text: 'A plain paragraph to mark.' },
  });
  expect(pasted.status()).toBe(201);

  const note = await page.request.post(`/api/v1/documents/${id}/annotations`, {
    data: {
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'ends here' }] },
      body: `Note ${payload(7)}`,
      tags: ['<svg onload=alert(8)>', '"><img src=x onerror=alert(9)>'],
      visibility: 'private',
    },
  });
  expect(note.status(), await note.text()).toBe(201);
  const { id: noteId } = (await note.json()) as { id: string };
  const reply = await page.request.post(`/api/v1/annotations/${noteId}/replies`, {
    data: { body: `Reply ${payload(10)}` },
  });
  expect(reply.status(), await reply.text()).toBe(201);

  // A source link to javascript: is refused; one with hostile text fields is stored.
  const scriptLink = await page.request.post(`/api/v1/annotations/${noteId}/sources`, {
    data: { source: { type: 'web_page', title: 'Link', url: 'javascript:alert(11)' } },
  });
  expect(scriptLink.status()).toBe(400);
  const source = await page.request.post(`/api/v1/annotations/${noteId}/sources`, {
    data: {
      source: {
        type: 'article',
        title: `Source ${payload(12)}`,
        authors: ['<img src=x onerror=alert(13)>'],
        container: payload(14),
        publisher: payload(15),
        url: 'https://example.org/?q=%3Cscript%3Ealert(16)%3C/script%3E',
      },
      quotedPassage: payload(17),
      note: payload(18),
    },
  });
  expect(source.status(), await source.text()).toBe(201);

  // Every page that shows these fields: the reader with its margin, the library, search,
  // the bibliography, the document's history and its export page.
  await openReader(page, id);
  const card = page.getByTestId('annotation-card');
  await expect(card).toContainText(`Note ${payload(7)}`);
  await card.focus();
  await expect(card).toContainText(`Reply ${payload(10)}`);
  await expect(page.getByRole('article', { name: 'Document text' })).toContainText(
    `Body ${payload(4)} ends here`,
  );
  for (const path of [
    `/documents/${id}`,
    '/',
    `/notes?q=${encodeURIComponent('Note')}`,
    `/documents/${id}/bibliography`,
    `/documents/${id}/history`,
    `/documents/${id}/export`,
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await injectedMarkup(page), path).toEqual([]);
  }
  await page.goto('/');
  await expect(page.getByRole('main')).toContainText(`Pasted ${payload(6)}`);
  await page.goto(`/documents/${id}/bibliography`);
  await expect(page.getByRole('main')).toContainText(`Source ${payload(12)}`);
  expect(dialogs).toEqual([]);
});
