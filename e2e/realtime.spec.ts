import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { demoPage } from './support/auth';
import { openReader, selectWithKeyboard } from './support/reader';

const TEXT = [
  'First paragraph on the reading room and its readers.',
  'Second paragraph on the catalogue and its cards.',
  'Third paragraph on silence and whispering.',
].join('\n\n');

/** A fresh document in the demo course, created by its instructor. */
async function courseDocument(browser: Browser, title: string): Promise<string> {
  const teacher = await demoPage(browser, 'instructor@demo.test');
  const me = (await (await teacher.request.get('/api/v1/me')).json()) as {
    courses: { id: string }[];
  };
  const res = await teacher.request.post('/api/v1/documents', {
    data: { title, text: TEXT, courseId: me.courses[0]!.id },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await teacher.context().close();
  return id;
}

async function comment(page: Page, block: number, length: number, text: string, who = 'My course') {
  await selectWithKeyboard(page, block, length);
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const form = page.getByRole('region', { name: 'New note' });
  await form.getByLabel('Who can see it').selectOption({ label: who });
  await form.getByRole('textbox', { name: 'Comment' }).fill(text);
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('annotation-card').filter({ hasText: text })).toBeVisible();
}

test('two readers see each other’s notes, replies, presence and selections live; private notes stay private', async ({
  browser,
}) => {
  const id = await courseDocument(browser, `Live margins ${Date.now()}`);
  const sam = await demoPage(browser, 'student1@demo.test');
  const alex = await demoPage(browser, 'student2@demo.test');
  for (const page of [sam, alex]) {
    await openReader(page, id);
    await expect(page.getByTestId('collab-status')).toHaveText('Live');
  }

  await expect(alex.getByRole('listitem', { name: 'Sam Student is reading' })).toBeVisible();
  await comment(sam, 0, 5, 'Who were these readers?');
  const onAlex = alex.getByTestId('annotation-card').filter({ hasText: 'Who were these readers?' });
  await expect(onAlex).toBeVisible();
  await expect(alex.locator('mark.annotation-highlight')).toHaveText('First');

  await onAlex.click();
  await onAlex.getByRole('button', { name: 'Reply' }).click();
  const onSam = sam.getByTestId('annotation-card').filter({ hasText: 'Who were these readers?' });
  await expect(onSam).toContainText('Alex Student is replying…');
  await onAlex.getByRole('textbox', { name: 'Reply' }).fill('Scholars with tickets.');
  await onAlex.getByRole('button', { name: 'Reply' }).click();
  await expect(onSam).toContainText('Scholars with tickets.');
  await expect(onSam).not.toContainText('is replying…');

  await selectWithKeyboard(sam, 1, 6);
  await expect(alex.locator('[data-remote-selection="Sam Student"]')).toHaveText('Second');
  await alex.getByLabel('Show others’ selections').uncheck();
  await expect(alex.locator('[data-remote-selection]')).toHaveCount(0);

  await comment(sam, 2, 5, 'A private aside about silence', 'Only me');
  await comment(sam, 2, 5, 'A course note after the aside');
  await expect(alex.getByText('A course note after the aside')).toBeVisible();
  await expect(alex.getByText('A private aside about silence')).toHaveCount(0);
  expect(await alex.content()).not.toContain('A private aside about silence');
});

test('the course notebook is co-written live and converges', async ({ browser }) => {
  const id = await courseDocument(browser, `Notebook ${Date.now()}`);
  const sam = await demoPage(browser, 'student1@demo.test');
  const alex = await demoPage(browser, 'student2@demo.test');
  const editors: Locator[] = [];
  for (const page of [sam, alex]) {
    await openReader(page, id);
    const editor = page.getByTestId('notebook-editor');
    await expect(editor).toBeVisible();
    editors.push(editor);
  }
  await editors[0]!.click();
  await sam.keyboard.type('Sam: the room was built in 1857.');
  await editors[1]!.click();
  await alex.keyboard.press('Control+End');
  await alex.keyboard.press('Enter');
  await alex.keyboard.type('Alex: and its dome is copper.');
  for (const editor of editors) {
    await expect(editor).toContainText('Sam: the room was built in 1857.');
    await expect(editor).toContainText('Alex: and its dome is copper.');
  }
  // The same text on both screens, carets (with their name labels) aside.
  const text = (editor: Locator) =>
    editor.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ProseMirror-yjs-cursor').forEach((c) => c.remove());
      return copy.innerText;
    });
  expect(await text(editors[0]!)).toBe(await text(editors[1]!));
});

test('a note written offline waits, is sent when the network returns, and every reader catches up once', async ({
  browser,
}) => {
  const id = await courseDocument(browser, `Offline ${Date.now()}`);
  const sam = await demoPage(browser, 'student1@demo.test');
  const alex = await demoPage(browser, 'student2@demo.test');
  for (const page of [sam, alex]) {
    await openReader(page, id);
    await expect(page.getByTestId('collab-status')).toHaveText('Live');
  }
  await sam.context().setOffline(true);
  await comment(sam, 0, 5, 'Written on the train');
  const mine = sam.getByTestId('annotation-card').filter({ hasText: 'Written on the train' });
  await expect(mine).toContainText('Offline: will retry');
  await comment(alex, 1, 6, 'Written while Sam was away');

  await sam.context().setOffline(false);
  await expect(mine).not.toContainText('Offline: will retry', { timeout: 15_000 });
  await expect(
    alex.getByTestId('annotation-card').filter({ hasText: 'Written on the train' }),
  ).toHaveCount(1);
  await expect(sam.getByTestId('collab-status')).toHaveText('Live', { timeout: 15_000 });
  await expect(
    sam.getByTestId('annotation-card').filter({ hasText: 'Written while Sam was away' }),
  ).toHaveCount(1);
  await expect(mine).toHaveCount(1);
});
