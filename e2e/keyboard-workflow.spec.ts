import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { uniqueEmail } from './support/auth';
import { expectCaretOnHighlight, expectFocusVisible, shiftSelect, tabTo } from './support/keyboard';
import { readerReady } from './support/reader';

const TEXT = [
  'Alpha paragraph about reading.',
  'Beta paragraph about margins.',
  'Gamma paragraph about claims.',
  'Delta paragraph about sources.',
].join('\n\n');

test('keyboard only: import, select, highlight, comment, reply, flag, cite and export, with focus always visible and returned to the text', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const keys = page.keyboard;

  // Sign up with the keyboard, then make a course to import into (the API is setup only).
  await page.goto('/signup');
  await page.waitForLoadState('networkidle');
  for (const [label, value] of [
    ['Name', 'Kit Keyboard'],
    ['Email', uniqueEmail('kit')],
    ['Password', 'no mouse at all'],
  ] as const) {
    await tabTo(page, page.getByLabel(label));
    await keys.type(value);
  }
  await keys.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toHaveText('Kit Keyboard');
  const course = await page.request.post('/api/v1/courses', { data: { title: 'Keys 101' } });
  expect(course.status()).toBe(201);
  const { id: courseId } = (await course.json()) as { id: string };

  // 1. Import: the file is set on the chooser; the rest is Tab, Enter and arrows.
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const importer = page.getByRole('region', { name: 'Import a document' });
  const chooser = importer.getByLabel('Choose a file');
  await tabTo(page, chooser);
  await chooser.setInputFiles({
    name: 'keys.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(TEXT),
  });
  await expect(page.getByText('Selected: keys.txt')).toBeVisible();
  const details = importer.locator('summary', { hasText: 'Title, author, source and course' });
  await tabTo(page, details);
  await keys.press('Enter');
  const title = importer.getByLabel('Title', { exact: true });
  await tabTo(page, title);
  await keys.type('Keyboard Only');
  const courseField = importer.getByLabel('Course');
  await tabTo(page, courseField);
  await keys.press('ArrowDown');
  await expect(courseField).toHaveValue(courseId);
  await tabTo(page, importer.getByRole('button', { name: 'Import', exact: true }));
  await keys.press('Enter');
  await expect(page).toHaveURL(/\/documents\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Only' })).toBeVisible();
  await readerReady(page);

  // 2. Select with Shift and the arrow keys, in a text reached by Tab.
  const reader = page.getByRole('article', { name: 'Document text' });
  await tabTo(page, reader);
  await shiftSelect(page, 0, 'Alpha'.length);

  // 3. Highlight; the keyboard comes back to the text, on the new highlight.
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await tabTo(page, toolbar.getByRole('button', { name: 'Highlight as Key idea' }));
  await keys.press('Enter');
  const cards = page.getByTestId('annotation-card');
  const mark = (text: string) => page.locator('mark.annotation-highlight', { hasText: text });
  await expect(mark('Alpha')).toHaveText('Alpha');
  await expect(cards).toHaveCount(1);
  await expectCaretOnHighlight(page, mark('Alpha'));

  // 4. Comment: Escape closes the note form and leaves the passage selected in the text;
  //    saving puts the caret on the new highlight.
  await shiftSelect(page, 1, 'Beta'.length);
  const comment = toolbar.getByRole('button', { name: 'Comment', exact: true });
  await tabTo(page, comment);
  await keys.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  await expectFocusVisible(page);
  await keys.press('Escape');
  await expect(page.getByRole('region', { name: 'New note' })).toHaveCount(0);
  await expect(reader).toBeFocused();
  await expectFocusVisible(page);
  await tabTo(page, comment);
  await keys.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  await keys.type('Why beta first?');
  await keys.press('Control+Enter');
  const beta = cards.filter({ hasText: 'Why beta first?' });
  await expect(beta).toHaveCount(1);
  await expectCaretOnHighlight(page, mark('Beta'));

  // 5. Reply: Tab from the text into the margin; the composer hands focus back to its
  //    card, and Escape on the card hands it back to the highlight.
  await tabTo(page, beta);
  await expect(beta).toHaveAttribute('data-focused', 'true');
  await tabTo(page, beta.getByRole('button', { name: 'Reply', exact: true }));
  await keys.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Reply' })).toBeFocused();
  await expectFocusVisible(page);
  await keys.type('Because it comes second.');
  await keys.press('Control+Enter');
  await expect(beta.getByRole('list', { name: 'Replies' })).toContainText(
    'Because it comes second.',
  );
  await expect(page.getByRole('textbox', { name: 'Reply' })).toHaveCount(0);
  await expect(beta).toBeFocused();
  await expectFocusVisible(page);
  await keys.press('Escape');
  await expectCaretOnHighlight(page, mark('Beta'), { focused: true });

  // 6. Flag a claim: the reason by arrow key, the explanation typed, sent with Enter.
  await shiftSelect(page, 2, 'Gamma'.length);
  await tabTo(page, toolbar.getByRole('button', { name: 'Flag claim' }));
  await keys.press('Enter');
  const flag = page.getByRole('form', { name: 'Flag a claim' });
  const reason = flag.getByLabel('Why it needs support');
  await expect(reason).toBeFocused();
  await expectFocusVisible(page);
  await keys.press('ArrowDown');
  await expect(reason).toHaveValue('factually_disputed');
  await tabTo(page, flag.getByLabel('Explanation (optional)'));
  await keys.type('Which claims?');
  await tabTo(page, flag.getByRole('button', { name: 'Flag claim' }));
  await keys.press('Enter');
  const gamma = cards.filter({ hasText: 'Which claims?' });
  await expect(gamma.getByTestId('claim-badge')).toHaveText('Claim: Open');
  await expect(flag).toHaveCount(0);
  await expectCaretOnHighlight(page, mark('Gamma'));

  // 7. Attach a source to a passage from the toolbar.
  await shiftSelect(page, 3, 'Delta'.length);
  await tabTo(page, toolbar.getByRole('button', { name: 'Attach source' }));
  await keys.press('Enter');
  const attach = page.getByRole('form', { name: 'Attach a source' });
  await expect(attach.getByLabel('Search the library')).toBeFocused();
  await expectFocusVisible(page);
  await tabTo(page, attach.getByLabel('Title', { exact: true }));
  await keys.type('On Keyboards');
  await tabTo(page, attach.getByRole('button', { name: 'Attach source' }));
  await keys.press('Enter');
  await expect(cards.getByTestId('note-source')).toContainText('On Keyboards');
  await expect(attach).toHaveCount(0);
  await expectCaretOnHighlight(page, mark('Delta'));

  // 8. Export: back up to the Export link, choose options with Space, download with Enter.
  await tabTo(page, page.getByRole('link', { name: 'Export', exact: true }), { back: true });
  await keys.press('Enter');
  await expect(page.getByRole('heading', { name: 'Export “Keyboard Only”' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const options = page.getByRole('form', { name: 'Export options' });
  const replies = options.getByLabel('Include replies');
  await tabTo(page, replies);
  await keys.press('Space');
  await expect(replies).not.toBeChecked();
  await tabTo(page, options.getByRole('button', { name: 'Download Annotated PDF' }));
  const [pdf] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(options.getByRole('status')).toHaveText(/^Downloaded /);
});
