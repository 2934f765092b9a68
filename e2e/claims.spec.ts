import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { demoPage } from './support/auth';
import { openReader, selectPhrase } from './support/reader';

const CORPUS = path.resolve('..', 'shared', 'corpus', '001_642fd5851b444280.txt');
const CLAIM = 'lost three of its five marshals, 13 of its 15 army commanders';

/** The corpus thread as a new document in the demo course, imported by its instructor. */
async function corpusDocument(browser: Browser, title = `Stalin overthrown ${Date.now()}`) {
  const teacher = await demoPage(browser, 'instructor@demo.test');
  const me = (await (await teacher.request.get('/api/v1/me')).json()) as {
    courses: { id: string }[];
  };
  const created = await teacher.request.post('/api/v1/documents', {
    data: {
      title,
      text: readFileSync(CORPUS, 'utf8'),
      courseId: me.courses[0]!.id,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await teacher.context().close();
  return id;
}

test.skip(!existsSync(CORPUS), 'the sample corpus is not on this machine');

test('a student flags a claim in a corpus text; a moderator backs it with a source and a verdict, seen live; a hidden reply vanishes live', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const documentTitle = `Stalin overthrown ${Date.now()}`;
  const id = await corpusDocument(browser, documentTitle);

  const sam = await demoPage(browser, 'student1@demo.test');
  const alex = await demoPage(browser, 'student2@demo.test');
  const mod = await demoPage(browser, 'moderator@demo.test');
  for (const page of [sam, alex]) {
    await openReader(page, id);
    await expect(page.getByTestId('collab-status')).toHaveText('Live');
  }

  // The student flags the purge figures as needing a citation.
  await selectPhrase(sam, CLAIM);
  await sam.getByRole('button', { name: 'Flag claim' }).click();
  const flag = sam.getByRole('form', { name: 'Flag a claim' });
  await flag.getByLabel('Why it needs support').selectOption({ label: 'Needs a citation' });
  await flag.getByLabel('Explanation (optional)').fill('Where do these figures come from?');
  await flag.getByRole('button', { name: 'Flag claim' }).click();
  const samCard = sam.getByTestId('annotation-card').filter({ hasText: 'Where do these figures' });
  await expect(samCard.getByTestId('claim-badge')).toHaveText('Claim: Open');
  await expect(sam.locator('.claim-badge')).toHaveText('Open');

  // The moderator finds it in the queue, oldest open first, and opens it.
  await mod.goto('/moderation');
  await expect(mod.getByRole('link', { name: /Moderation, \d+ open claims?/ })).toBeVisible();
  const queued = mod.getByRole('list', { name: 'Claims to review' }).getByRole('listitem').filter({
    hasText: 'Where do these figures come from?',
  });
  await expect(queued).toContainText('Needs a citation');
  // Filters narrow the queue; the URL keeps them.
  const filters = mod.getByRole('form', { name: 'Filter claims' });
  await filters.getByLabel('Reason').selectOption({ label: 'Misleading' });
  await filters.getByLabel('Document').selectOption({ label: documentTitle });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(mod.getByText('No claims match these filters.')).toBeVisible();
  await mod.getByRole('form', { name: 'Filter claims' }).getByLabel('Reason').selectOption({
    label: 'Needs a citation',
  });
  await mod
    .getByRole('form', { name: 'Filter claims' })
    .getByRole('button', { name: 'Apply' })
    .click();
  await expect(mod).toHaveURL(/reason=needs_citation/);
  await expect(queued).toHaveCount(1);
  await queued.getByRole('link', { name: new RegExp(CLAIM.slice(0, 20)) }).click();
  await mod.waitForLoadState('networkidle');
  const modCard = mod.getByTestId('annotation-card').filter({ hasText: 'Where do these figures' });
  await modCard.click();
  await modCard.getByRole('button', { name: 'Add evidence' }).click();
  const attach = modCard.getByRole('form', { name: 'Attach a source' });
  await attach.getByLabel('Type').selectOption({ label: 'Book' });
  await attach.getByLabel('Authors (one per line, “Family, Given”)').fill('Conquest, Robert');
  await attach.getByLabel('Title', { exact: true }).fill('The Great Terror: A Reassessment');
  await attach.getByLabel('Publisher').fill('Oxford University Press');
  await attach.getByLabel('Date (YYYY, YYYY-MM or YYYY-MM-DD)').fill('1990');
  await attach.getByLabel('ISBN').fill('978-0-19-507132-1');
  await attach.getByRole('button', { name: 'Attach source' }).click();
  // A wrong check digit is explained, and nothing is attached.
  await expect(mod.getByRole('main').getByRole('alert')).toContainText('check digit');
  await attach.getByLabel('ISBN').fill('978-0-19-507132-0');
  await attach.getByLabel('How it bears on the passage').selectOption({ label: 'Supports' });
  await attach.getByRole('button', { name: 'Attach source' }).click();
  await expect(modCard.getByTestId('note-source')).toContainText('Conquest, R. (1990)');

  const verdict = modCard.getByRole('form', { name: 'Record a verdict' });
  await verdict.getByLabel('New status').selectOption({ label: 'Supported' });
  await verdict.getByLabel('Verdict note').fill('Conquest gives these figures.');
  await verdict.getByRole('button', { name: 'Record verdict' }).click();
  await expect(mod.getByRole('main').getByRole('alert')).toContainText(
    'needs at least one attached source',
  );
  await verdict.getByRole('checkbox').check();
  await verdict.getByRole('button', { name: 'Record verdict' }).click();
  await expect(modCard.getByTestId('claim-badge')).toHaveText('Claim: Supported');

  // The student's reader, open all along, shows the verdict without a reload.
  await expect(samCard.getByTestId('claim-badge')).toHaveText('Claim: Supported');
  await expect(sam.locator('.claim-badge')).toHaveText('Supported');
  await expect(samCard.getByTestId('note-source')).toContainText('The Great Terror');

  // A rude reply is hidden by the moderator and disappears from another student's margin.
  await samCard.click();
  await samCard.getByRole('button', { name: 'Reply' }).click();
  await samCard.getByRole('textbox', { name: 'Reply' }).fill('This is a rude reply.');
  await samCard.getByRole('button', { name: 'Reply', exact: true }).last().click();
  const alexCard = alex
    .getByTestId('annotation-card')
    .filter({ hasText: 'Where do these figures' });
  await expect(alexCard).toContainText('This is a rude reply.');
  await expect(modCard).toContainText('This is a rude reply.');
  await modCard.getByRole('button', { name: 'Hide reply' }).click();
  await modCard.getByLabel('Why hide it? (kept in the audit log)').fill('Abusive.');
  await modCard.getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(alexCard).not.toContainText('This is a rude reply.');
  await expect(alexCard).toBeVisible();
  // Its author still sees it, marked.
  await expect(samCard).toContainText('Hidden by a moderator.');

  // The claim report counts it as supported, with nothing left lacking support.
  await sam.getByRole('link', { name: 'Claims', exact: true }).click();
  const counts = sam.getByRole('definition');
  await expect(sam.getByRole('heading', { name: 'Claim report' })).toBeVisible();
  await expect(counts.nth(2)).toHaveText('1');
  await expect(sam.getByRole('heading', { name: 'Still lacking support (0)' })).toBeVisible();
});

test('a source attached from the selection toolbar is checked first, and a refused one leaves no note behind', async ({
  browser,
}) => {
  const id = await corpusDocument(browser);
  const sam = await demoPage(browser, 'student1@demo.test');
  await openReader(sam, id);
  await selectPhrase(sam, 'Marshal Tukhachevski');
  await sam.getByRole('button', { name: 'Attach source' }).click();
  const form = sam.getByRole('form', { name: 'Attach a source' });
  await form.getByLabel('Type').selectOption({ label: 'Article' });
  await form.getByLabel('Title', { exact: true }).fill('The Tukhachevsky Affair');
  await form.getByLabel('DOI').fill('10.banana');
  await form.getByRole('button', { name: 'Attach source' }).click();
  await expect(sam.getByRole('main').getByRole('alert')).toContainText('DOI');
  await expect(sam.getByTestId('annotation-card')).toHaveCount(0);
  await form.getByLabel('DOI').fill('https://doi.org/10.1080/13518049208430178');
  await form.getByRole('button', { name: 'Attach source' }).click();
  const card = sam.getByTestId('annotation-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('note-source')).toContainText(
    'https://doi.org/10.1080/13518049208430178',
  );
  await sam.reload();
  await expect(sam.getByTestId('annotation-card').getByTestId('note-source')).toContainText(
    'The Tukhachevsky Affair',
  );

  // The bibliography lists it in the chosen style and offers the exports.
  await sam.getByRole('link', { name: 'Bibliography' }).click();
  const entries = sam.getByRole('list', { name: 'Sources cited' });
  await expect(entries).toContainText('The Tukhachevsky Affair');
  await sam.getByRole('link', { name: 'MLA 9th' }).click();
  await expect(sam.getByRole('link', { name: 'MLA 9th' })).toHaveAttribute('aria-current', 'page');
  await expect(entries).toContainText('“The Tukhachevsky Affair.”');
  const bibtex = await sam.request.get(
    (await sam.getByRole('link', { name: 'Download BibTeX' }).getAttribute('href'))!,
  );
  expect(await bibtex.text()).toContain('@article{');
  await sam.getByRole('link', { name: '← Back to the document' }).click();
  await sam.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(sam.getByText('No claims have been flagged on this document.')).toBeVisible();
});
