import { expect, test } from '@playwright/test';
import { signUpViaUi, uniqueEmail } from './support/auth';
import { openReader, selectPhrase } from './support/reader';

test('an edit and a delete show at once as saving; a refused edit goes back, keeping what was written; an offline edit waits and is sent', async ({
  page,
}) => {
  await signUpViaUi(page, {
    name: 'Opal Quick',
    email: uniqueEmail('opal'),
    password: 'no waiting here',
  });
  const doc = await page.request.post('/api/v1/documents', {
    data: { title: 'Quick', text: 'First line to note.\n\nSecond line to note.' },
  });
  const { id } = (await doc.json()) as { id: string };
  for (const [exact, body] of [
    ['First line', 'Original thought.'],
    ['Second line', 'Delete me.'],
  ])
    await page.request.post(`/api/v1/documents/${id}/annotations`, {
      data: { target: { selector: [{ type: 'TextQuoteSelector', exact }] }, body },
    });
  await openReader(page, id);
  const cards = page.getByTestId('annotation-card');
  const note = cards.filter({ hasText: 'Original thought.' });

  // The server takes a second to answer: the card shows the edit meanwhile, as saving.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/v1/annotations/*', async (route) => {
    if (route.request().method() === 'GET') return route.continue();
    await held;
    await route.continue();
  });
  await note.click();
  await note.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Edit note' }).fill('Second thought.');
  await page.keyboard.press('Control+Enter');
  const edited = cards.filter({ hasText: 'Second thought.' });
  await expect(edited).toContainText('Saving…');
  release();
  await expect(edited).not.toContainText('Saving…');
  await expect(edited).toContainText('(edited)');

  // A refused edit puts the saved note back and reopens the editor with the new words.
  await page.unroute('**/api/v1/annotations/*');
  await page.route('**/api/v1/annotations/*', (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Someone changed this note; reload and try again.' }),
        })
      : route.continue(),
  );
  await edited.click();
  await edited.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Edit note' }).fill('Third thought.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Someone changed' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Edit note' })).toHaveText('Third thought.');
  await page.unroute('**/api/v1/annotations/*');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(cards.filter({ hasText: 'Second thought.' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Third thought.' })).toHaveCount(0);

  // Offline, an edit waits, marked so, and is sent when the network returns.
  await cards.filter({ hasText: 'Second thought.' }).click();
  await page.context().setOffline(true);
  await cards
    .filter({ hasText: 'Second thought.' })
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  await page.getByRole('textbox', { name: 'Edit note' }).fill('Offline thought.');
  await page.keyboard.press('Control+Enter');
  const waiting = cards.filter({ hasText: 'Offline thought.' });
  await expect(waiting).toContainText('Offline: will retry');
  await page.context().setOffline(false);
  await expect(waiting).not.toContainText('Offline: will retry');
  await expect(waiting).not.toContainText('Saving…');

  // A delete takes the card away at once.
  const doomed = cards.filter({ hasText: 'Delete me.' });
  await doomed.click();
  page.once('dialog', (d) => void d.accept());
  await doomed.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(doomed).toHaveCount(0);
  await page.reload();
  await expect(cards.filter({ hasText: 'Offline thought.' })).toBeVisible();
  await expect(cards.filter({ hasText: 'Delete me.' })).toHaveCount(0);
});

test('a note written while the server restarts waits, marked so, and is saved once it is back, once', async ({
  page,
}) => {
  await signUpViaUi(page, {
    name: 'Rhea Restart',
    email: uniqueEmail('rhea'),
    password: 'the server comes back',
  });
  const doc = await page.request.post('/api/v1/documents', {
    data: { title: 'Restarting', text: 'A line worth a note while the server restarts.' },
  });
  const { id } = (await doc.json()) as { id: string };
  await openReader(page, id);

  // The database is restarting: the API answers 503 with Retry-After, as apiRoute does
  // (lib/api/database-restart.test.ts), until it is back.
  let restarting = true;
  let refused = 0;
  await page.route(`**/api/v1/documents/${id}/annotations`, async (route) => {
    if (route.request().method() !== 'POST' || !restarting) return route.continue();
    refused++;
    await route.fulfill({
      status: 503,
      headers: { 'retry-after': '1' },
      contentType: 'application/json',
      body: JSON.stringify({ error: 'Scholia cannot reach its database just now.' }),
    });
  });
  await selectPhrase(page, 'worth a note');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await page.getByRole('textbox', { name: 'Comment' }).fill('Written during the restart.');
  await page.keyboard.press('Control+Enter');
  const card = page.getByTestId('annotation-card').filter({ hasText: 'Written during' });
  await expect(card).toContainText('Scholia is busy: will retry');
  await expect.poll(() => refused).toBeGreaterThan(1);
  // Waiting is not a failure: the server's sentence is not shown as an error.
  await expect(page.getByText('cannot reach its database')).toHaveCount(0);

  restarting = false;
  await expect(card).not.toContainText('will retry');
  await expect(card).not.toContainText('Saving…');
  const listed = await page.request.get(`/api/v1/documents/${id}/annotations`);
  const { items } = (await listed.json()) as { items: { id: string }[] };
  expect(items).toHaveLength(1);
  await page.reload();
  await expect(page.getByTestId('annotation-card')).toHaveCount(1);
  await expect(page.getByTestId('annotation-card')).toContainText('Written during the restart.');
});
