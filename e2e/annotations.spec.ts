import { expect, test, type Page } from '@playwright/test';
import { signUpViaUi, uniqueEmail } from './support/auth';
import { openReader, selectWithKeyboard } from './support/reader';

async function newDocument(page: Page, title: string, text: string): Promise<string> {
  const res = await page.request.post('/api/v1/documents', { data: { title, text } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test('keyboard only: select, highlight, comment, reply, edit and delete', async ({ page }) => {
  await signUpViaUi(page, {
    name: 'Kim Keys',
    email: uniqueEmail('keys'),
    password: 'no mouse needed',
  });
  const id = await newDocument(
    page,
    'Keys',
    'Alpha paragraph about reading.\n\nBeta paragraph about margins.\n\nGamma paragraph about notes.',
  );
  await openReader(page, id);

  await selectWithKeyboard(page, 0, 5);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Highlight as Key idea' })).toBeFocused();
  await page.keyboard.press('Enter');
  const cards = page.getByTestId('annotation-card');
  await expect(cards).toHaveCount(1);
  await expect(page.locator('mark.annotation-highlight')).toHaveText('Alpha');
  // What a screen reader reads after the highlighted words (the mark's CSS text).
  const reader = page.getByRole('article', { name: 'Document text' });
  await expect
    .poll(() => reader.ariaSnapshot())
    .toContain('mark: "Alpha (highlight: Key idea by Kim Keys)"');

  await selectWithKeyboard(page, 1, 4);
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Comment', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  await page.keyboard.type('Why beta first?');
  await page.keyboard.press('Control+Enter');
  await expect(cards).toHaveCount(2);
  // Cards follow the text: the Alpha highlight first, this comment on Beta second.
  const note = cards.nth(1);
  await expect(note).toContainText('Why beta first?');
  // A card shows its controls once focused; Tab reaches it like any control.
  await expect(note.getByRole('button', { name: 'Reply', exact: true })).toHaveCount(0);
  await note.focus();
  await expect(note).toHaveAttribute('data-focused', 'true');

  await note.getByRole('button', { name: 'Reply', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Reply' })).toBeFocused();
  await page.keyboard.type('Because it comes second.');
  await page.keyboard.press('Control+Enter');
  const replies = note.getByRole('list', { name: 'Replies' });
  await expect(replies).toContainText('Because it comes second.');
  await expect
    .poll(() => reader.ariaSnapshot())
    .toContain('(highlight: Note by Kim Keys, 1 reply)');

  // The reply's author edits it, then adds a second reply and deletes that one.
  await replies.getByRole('button', { name: 'Edit reply' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Edit reply' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Because it is second.');
  await page.keyboard.press('Control+Enter');
  await expect(replies).toContainText('Because it is second.');
  await expect(replies).toContainText('(edited)');
  // The live margin can show the edit before the composer has heard back and closed.
  await expect(page.getByRole('textbox', { name: 'Edit reply' })).toHaveCount(0);
  await note.getByRole('button', { name: 'Reply', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Reply' })).toBeFocused();
  await page.keyboard.type('A reply to take back.');
  await page.keyboard.press('Control+Enter');
  const extra = replies.getByRole('listitem').filter({ hasText: 'A reply to take back.' });
  await expect(extra).toHaveCount(1);
  page.once('dialog', (d) => void d.accept());
  await extra.getByRole('button', { name: 'Delete reply' }).focus();
  await page.keyboard.press('Enter');
  await expect(extra).toHaveCount(0);
  await expect(replies.getByRole('listitem')).toHaveCount(1);

  await note.getByRole('button', { name: 'Edit', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Edit note' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Why does beta come first?');
  await page.keyboard.press('Control+Enter');
  await expect(note).toContainText('Why does beta come first?');
  await expect(note).toContainText('(edited)');
  await expect(page.getByRole('textbox', { name: 'Edit note' })).toHaveCount(0);

  page.once('dialog', (d) => void d.accept());
  await note.getByRole('button', { name: 'Delete', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(cards.filter({ hasText: 'This note was deleted.' })).toContainText(
    'Because it is second.',
  );
});

test('fifty notes sit beside their passages without overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUpViaUi(page, {
    name: 'Fifty Notes',
    email: uniqueEmail('fifty'),
    password: 'many many notes',
  });
  const paragraphs = Array.from(
    { length: 25 },
    (_, i) =>
      `Paragraph ${i + 1} talks about reading rooms and margins at some length, number ${i + 1}.`,
  );
  const id = await newDocument(page, 'Crowded', paragraphs.join('\n\n'));
  for (let i = 0; i < 50; i++) {
    // Two notes per paragraph: the margin must stack them.
    const exact =
      i % 2
        ? `margins at some length, number ${Math.floor(i / 2) + 1}.`
        : `Paragraph ${Math.floor(i / 2) + 1} talks`;
    const res = await page.request.post(`/api/v1/documents/${id}/annotations`, {
      data: {
        target: { selector: [{ type: 'TextQuoteSelector', exact }] },
        body: `Note ${i}`,
        visibility: 'private',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await openReader(page, id);
  await expect(page.getByText('50 of 50 notes shown')).toBeVisible();
  const cards = page.getByTestId('annotation-card');
  // Cards far from the viewport are not rendered; check the top, then the bottom.
  const checkNoOverlap = async () => {
    await page.waitForTimeout(400);
    const boxes = (
      await cards.evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      )
    ).sort((a, b) => a.top - b.top);
    expect(boxes.length).toBeGreaterThan(5);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.top, `card ${i} overlaps the one above`).toBeGreaterThanOrEqual(
        boxes[i - 1]!.bottom - 0.5,
      );
    return boxes;
  };
  const top = await checkNoOverlap();
  const firstMark = await page.locator('mark.annotation-highlight').first().boundingBox();
  expect(Math.abs(top[0]!.top - firstMark!.y)).toBeLessThan(40);
  await page.keyboard.press('End');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(cards.filter({ hasText: 'Note 49' })).toBeVisible();
  await checkNoOverlap();
});

test('an orphaned note is listed with its quote and can be re-attached', async ({ page }) => {
  await signUpViaUi(page, {
    name: 'Olive Orphan',
    email: uniqueEmail('orphan'),
    password: 'lost and found',
  });
  const id = await newDocument(
    page,
    'Drafts',
    'The old wording stays here.\n\nA stable closing line.',
  );
  const res = await page.request.post(`/api/v1/documents/${id}/annotations`, {
    data: {
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'old wording' }] },
      body: 'Keep this thought',
      visibility: 'private',
    },
  });
  expect(res.status()).toBe(201);
  const put = await page.request.put(`/api/v1/documents/${id}`, {
    data: { text: 'A fresh phrasing stays here.\n\nA stable closing line.' },
  });
  expect(put.status()).toBe(200);

  await openReader(page, id);
  const orphans = page.getByRole('region', { name: 'Orphaned notes' });
  await expect(orphans).toContainText('Orphaned notes (1)');
  await expect(orphans).toContainText('“old wording”');
  await expect(orphans.getByTestId('anchor-status')).toContainText('Orphaned');

  await selectWithKeyboard(page, 0, 'A fresh phrasing'.length);
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(page.locator('mark.annotation-highlight')).toHaveText('A fresh phrasing');
  await expect(page.getByTestId('annotation-card')).toContainText('Keep this thought');
});

test('an instructor gives the palette new meanings, and students highlight with them', async ({
  page,
  browser,
}) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('instructor@demo.test');
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Close Reading 101 settings' }).click();
  await page.getByLabel('Meaning of the key-idea colour').fill('Thesis');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const student = await (await browser.newContext()).newPage();
  await student.goto('/signin');
  await student.getByLabel('Email').fill('student2@demo.test');
  await student.getByLabel('Password').fill('demo-password');
  await student.getByRole('button', { name: 'Sign in' }).click();
  await student.getByRole('link', { name: /A Short History of the Reading Room/ }).click();
  await student.waitForLoadState('networkidle');
  await selectWithKeyboard(student, 0, 6);
  await expect(student.getByRole('button', { name: 'Highlight as Thesis' })).toBeVisible();
  await expect(student.getByRole('button', { name: 'Highlight as Key idea' })).toHaveCount(0);
});
