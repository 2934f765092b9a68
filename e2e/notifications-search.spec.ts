import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, signInViaApi } from './support/auth';

const DOCUMENT = 'Notes in the Margin';

/** A comment that @mentions one user, then asks something. */
function mentioning(user: { id: string; name: string }, text: string) {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'mention', attrs: { id: user.id, label: user.name } },
          { type: 'text', text: ` ${text}` },
        ],
      },
    ],
  };
}

async function demoDocumentId(request: APIRequestContext) {
  const res = await request.get(`/api/v1/documents?q=${encodeURIComponent(DOCUMENT)}`);
  const { items } = (await res.json()) as { items: { id: string; title: string }[] };
  return items.find((d) => d.title === DOCUMENT)!.id;
}

test('a mention in a course note reaches the student, who follows it, marks it read and finds the note by a word', async ({
  page,
  browser,
}) => {
  // Alex (student2) is mentioned; Mo (the moderator) writes the note. Both are in the demo course.
  await signInViaApi(page.request, 'student2@demo.test', DEMO_PASSWORD);
  const alex = (await (await page.request.get('/api/v1/me')).json()) as {
    id: string;
    name: string;
  };
  expect((await page.request.post('/api/v1/notifications/read', { data: {} })).ok()).toBe(true);

  const mo = await browser.newContext();
  await signInViaApi(mo.request, 'moderator@demo.test', DEMO_PASSWORD);
  const documentId = await demoDocumentId(mo.request);
  const mention = async (exact: string, words: string) => {
    const res = await mo.request.post(`/api/v1/documents/${documentId}/annotations`, {
      data: {
        target: { selector: [{ type: 'TextQuoteSelector', exact }] },
        body: mentioning(alex, words),
        visibility: 'course',
        tags: ['question'],
      },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const noteId = await mention(
    'Choose one sentence.',
    'is this margin a palimpsest of our doubts?',
  );
  await mention('Choose one sentence.', 'and a second thought');
  await mo.close();

  await page.goto('/');
  await page.getByRole('link', { name: 'Notifications, 2 unread' }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  const items = page.getByRole('list', { name: 'Notifications' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  const item = items.filter({ hasText: 'palimpsest' });
  await expect(item).toContainText(`Mo Moderator mentioned you in a note on ${DOCUMENT}`);
  await expect(item).toContainText('palimpsest of our doubts');

  // Opening one marks it read and opens the document with its note focused.
  await item.getByRole('link').click();
  await expect(page).toHaveURL(`/documents/${documentId}#annotation-${noteId}`);
  await expect(page.getByRole('heading', { level: 1, name: DOCUMENT })).toBeVisible();
  await expect(
    page.getByTestId('annotation-card').filter({ hasText: 'palimpsest' }),
  ).toHaveAttribute('data-focused', 'true');
  await expect(page.getByRole('link', { name: 'Notifications, 1 unread' })).toBeVisible();

  await page.goto('/notifications');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Notifications, \d+ unread/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: /Notifications, \d+ unread/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  await page.getByLabel('Search notes and quotes').fill('palimpsest');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/notes\?q=palimpsest/);
  const results = page.getByRole('list', { name: 'Notes' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('palimpsest of our doubts');
  await expect(results).toContainText('Choose one sentence.');
  await expect(results.getByRole('link')).toHaveAttribute(
    'href',
    `/documents/${documentId}#annotation-${noteId}`,
  );

  await page.getByLabel('Search notes and quotes').fill('zebra');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No notes match.')).toBeVisible();
});
