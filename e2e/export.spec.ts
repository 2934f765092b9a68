import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { signUpViaUi, uniqueEmail } from './support/auth';

test('a reader exports the annotated PDF and the open formats, with progress, and a failure is explained', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUpViaUi(page, {
    name: 'Esme Exporter',
    email: uniqueEmail('esme'),
    password: 'reading together',
  });
  const made = await page.request.post('/api/v1/documents', {
    data: {
      title: 'Tide Tables',
      text: 'The tide turns twice a day.\n\nSailors read the tables before dawn.',
    },
  });
  const { id } = (await made.json()) as { id: string };
  const note = await page.request.post(`/api/v1/documents/${id}/annotations`, {
    data: {
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'read the tables' }] },
      body: 'Which tables, and whose?',
      tags: ['sources'],
    },
  });
  expect(note.status()).toBe(201);

  await page.goto(`/documents/${id}`);
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Export “Tide Tables”' })).toBeVisible();
  const options = page.getByRole('form', { name: 'Export options' });
  await options.getByLabel('My notes').check();
  await options.getByLabel('Paper (PDF)').selectOption('letter');

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    options.getByRole('button', { name: 'Download Annotated PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();

  const [jsonld] = await Promise.all([
    page.waitForEvent('download'),
    options.getByRole('button', { name: 'Download W3C Web Annotations (JSON-LD)' }).click(),
  ]);
  const collection = await readFile((await jsonld.path())!, 'utf8');
  expect(collection).toContain('Which tables, and whose?');
  expect(collection).toContain('TextQuoteSelector');

  // The W3C file imports into a fresh copy of the document, landing exact.
  const copy = await page.request.post('/api/v1/documents', {
    data: {
      title: 'Tide Tables (copy)',
      text: 'The tide turns twice a day.\n\nSailors read the tables before dawn.',
    },
  });
  const { id: copyId } = (await copy.json()) as { id: string };
  await page.goto(`/documents/${copyId}/export`);
  const importer = page.getByRole('form', { name: 'Import annotations' });
  await importer
    .getByLabel('Annotations file (W3C Web Annotations or Hypothesis JSON)')
    .setInputFiles((await jsonld.path())!);
  await importer.getByRole('button', { name: 'Import annotations' }).click();
  await expect(importer.getByText(/1 imported: 1 exact/)).toBeVisible();
  await importer.getByRole('link', { name: 'Back to the reader' }).click();
  await expect(
    page.getByTestId('annotation-card').filter({ hasText: 'Which tables, and whose?' }),
  ).toBeVisible();
  await page.goto(`/documents/${id}/export`);

  // A refused or broken export says why, and nothing downloads.
  await page.route('**/export.csv?*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'The export service is busy; try again in a minute.' }),
    }),
  );
  await options.getByRole('button', { name: 'Download CSV' }).click();
  await expect(options.getByRole('alert')).toHaveText(
    'The export service is busy; try again in a minute.',
  );
});
