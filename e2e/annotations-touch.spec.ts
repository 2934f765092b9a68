import { devices, expect, test } from '@playwright/test';
import { signUpViaUi, uniqueEmail } from './support/auth';

test.use({ ...devices['Pixel 7'] });

test('on a phone, a touch selection gets the toolbar and a tap highlights it', async ({ page }) => {
  await signUpViaUi(page, {
    name: 'Tess Touch',
    email: uniqueEmail('touch'),
    password: 'tap tap tap',
  });
  const res = await page.request.post('/api/v1/documents', {
    data: { title: 'Touch', text: 'Margins on a small screen.\n\nA second paragraph.' },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/documents/${id}`);
  await expect(page.getByText('No notes yet')).toBeVisible();

  // A long press selects a word in a phone's browser; the reader sees the same
  // selection change, which is what this sets.
  await page.getByRole('article', { name: 'Document text' }).tap();
  await page.evaluate(() => {
    const text = document.querySelector('.document-prose p')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, 'Margins'.length);
  });
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight as Question' }).tap();
  await expect(page.locator('mark.annotation-highlight')).toHaveText('Margins');
  const card = page.getByTestId('annotation-card');
  await expect(card).toHaveCount(1);
  // Below the text on a phone, the card is reachable and shows its colour's meaning.
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeInViewport();
  await expect(card).toContainText('Question');
});
