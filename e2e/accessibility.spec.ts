import { expect, test, type Page } from '@playwright/test';
import { newPerson } from './support/auth';
import { expectNoSeriousViolations } from './support/axe';
import { openReader, selectPhrase } from './support/reader';

const TEXT = [
  'Reading rooms',
  'Public reading rooms spread through European cities during the nineteenth century.',
  'Libraries funded by philanthropists later opened reading rooms to anyone, without a fee.',
  'Some historians argue that these free rooms did more for adult literacy than schooling did.',
].join('\n\n');

async function post(page: Page, url: string, data: unknown, status = 201) {
  const res = await page.request.post(url, { data });
  expect(res.status(), `${url}: ${await res.text()}`).toBe(status);
  return (await res.json()) as { id: string; joinCode: string };
}

const quote = (exact: string) => ({ selector: [{ type: 'TextQuoteSelector', exact }] });

// Wide, the margin sits beside the text; narrow, it follows it and controls reflow.
const SCREENS = [
  { on: 'a laptop', viewport: { width: 1280, height: 800 } },
  { on: 'a phone', viewport: { width: 390, height: 844 } },
];

for (const { on, viewport } of SCREENS)
  test(`every page has no serious or critical WCAG 2.2 AA violations, on ${on}`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);

    const anonymous = await (await browser.newContext({ viewport })).newPage();
    for (const path of ['/signin', '/signup']) {
      await anonymous.goto(path);
      await anonymous.waitForLoadState('networkidle');
      await expectNoSeriousViolations(anonymous, path);
    }

    // A course with a document, an assignment, a student's note and flagged claim, an
    // instructor's reply (a notification for the student), and a moderator.
    const ines = await newPerson(browser, 'Ines Axe', { viewport });
    const sam = await newPerson(browser, 'Sam Axe', { viewport });
    const mo = await newPerson(browser, 'Mo Axe', { viewport });
    const course = await post(ines, '/api/v1/courses', { title: 'Accessible Reading' });
    for (const member of [sam, mo])
      await post(member, '/api/v1/courses/join', { code: course.joinCode }, 200);
    const moId = ((await (await mo.request.get('/api/v1/me')).json()) as { id: string }).id;
    const promoted = await ines.request.patch(`/api/v1/courses/${course.id}/members/${moId}`, {
      data: { role: 'moderator' },
    });
    expect(promoted.status()).toBe(200);
    const doc = await post(ines, '/api/v1/documents', {
      title: 'Reading Rooms',
      text: TEXT,
      courseId: course.id,
    });
    await post(ines, `/api/v1/courses/${course.id}/assignments`, {
      documentId: doc.id,
      title: 'Who were the rooms for?',
      dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    const note = await post(sam, `/api/v1/documents/${doc.id}/annotations`, {
      target: quote('spread through European cities'),
      body: 'Which cities first?',
      tags: ['question'],
      visibility: 'course',
    });
    await post(ines, `/api/v1/annotations/${note.id}/replies`, { body: 'replied to your note on' });
    await post(sam, `/api/v1/documents/${doc.id}/claims`, {
      target: quote('did more for adult literacy than schooling did'),
      body: 'How could this be measured?',
      tags: [],
      visibility: 'course',
      reason: 'needs_citation',
    });

    await ines.goto('/');
    await expect(ines.getByRole('link', { name: /Reading Rooms/ }).first()).toBeVisible();
    await expectNoSeriousViolations(ines, 'the library');

    await openReader(ines, doc.id);
    await expect(ines.getByTestId('notebook-editor')).toBeVisible();
    const card = ines.getByTestId('annotation-card').filter({ hasText: 'Which cities first?' });
    await card.focus();
    await expect(card.getByRole('button', { name: 'Reply', exact: true })).toBeVisible();
    await expectNoSeriousViolations(ines, 'the reader, with a note open and the notebook');
    await selectPhrase(ines, 'opened reading rooms to anyone');
    await ines.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(ines.getByRole('textbox', { name: 'Comment' })).toBeVisible();
    await expectNoSeriousViolations(ines, 'the reader, writing a new note');

    for (const [path, what] of [
      ['/courses', 'the course list'],
      [`/courses/${course.id}`, 'the course page'],
      [`/courses/${course.id}/settings`, 'the course settings'],
      [`/courses/${course.id}/participation`, 'the participation dashboard'],
      [`/documents/${doc.id}/export`, 'the export page'],
      [`/documents/${doc.id}/claims`, 'the claim report'],
      [`/documents/${doc.id}/bibliography`, 'the bibliography'],
      [`/documents/${doc.id}/history`, 'the version history'],
      [`/documents/${doc.id}/edit`, 'the document editor'],
      [`/courses/${course.id}/audit`, 'the course audit log'],
      ['/settings', 'the settings'],
    ] as const) {
      await ines.goto(path);
      await ines.waitForLoadState('networkidle');
      await expect(ines.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(ines, what);
    }

    await mo.goto('/moderation');
    await expect(
      mo.getByRole('list', { name: 'Claims to review' }).getByRole('listitem'),
    ).toContainText(['How could this be measured?']);
    await expectNoSeriousViolations(mo, 'the moderation queue');
    await openReader(mo, doc.id);
    const claim = mo
      .getByTestId('annotation-card')
      .filter({ hasText: 'How could this be measured?' });
    await claim.focus();
    await claim.getByRole('button', { name: 'Add evidence' }).click();
    await expect(claim.getByRole('form', { name: 'Attach a source' })).toBeVisible();
    await expect(claim.getByRole('form', { name: 'Record a verdict' })).toBeVisible();
    await expectNoSeriousViolations(mo, 'the reader, reviewing a claim as a moderator');

    for (const [path, what, shows] of [
      ['/assignments', 'the assignments page', 'Who were the rooms for?'],
      ['/notifications', 'the notifications', 'replied to your note on'],
      ['/notes?q=cities', 'the note search', 'Which cities first?'],
    ] as const) {
      await sam.goto(path);
      await sam.waitForLoadState('networkidle');
      await expect(sam.getByRole('main')).toContainText(shows);
      await expectNoSeriousViolations(sam, what);
    }
  });
