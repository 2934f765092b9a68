import { expect, test, type Page } from '@playwright/test';
import { newPerson } from './support/auth';
import { openReader, selectPhrase } from './support/reader';

const TEXT =
  'Whoever fights monsters should see to it that in the process he does not become one.\n\nAnd if you gaze long into an abyss, the abyss also gazes into you.';
const PASSAGE = 'the abyss also gazes into you';
const QUESTION = 'Who is looking at whom in this sentence?';
const ANSWER = 'The abyss looks back: the reader is changed by what they study.';

/** A course taught by `teacher` with `student` in it, and a document in it; returns the document's id. */
async function courseDocument(teacher: Page, student: Page): Promise<string> {
  const course = await teacher.request.post('/api/v1/courses', {
    data: { title: `Aphorisms ${Date.now()}` },
  });
  expect(course.status()).toBe(201);
  const { id: courseId } = (await course.json()) as { id: string };
  const { joinCode } = (await (
    await teacher.request.get(`/api/v1/courses/${courseId}`)
  ).json()) as {
    joinCode: string;
  };
  expect(
    (await student.request.post('/api/v1/courses/join', { data: { code: joinCode } })).ok(),
  ).toBe(true);
  const doc = await teacher.request.post('/api/v1/documents', {
    data: { title: 'Beyond Good and Evil, 146', text: TEXT, courseId },
  });
  expect(doc.status()).toBe(201);
  return ((await doc.json()) as { id: string }).id;
}

test('an instructor poses a reading prompt on a passage; a student answers it, and the instructor sees the answer live', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ines = await newPerson(browser, 'Ines Teacher');
  const sam = await newPerson(browser, 'Sam Reader');
  const id = await courseDocument(ines, sam);
  for (const page of [ines, sam]) {
    await openReader(page, id);
    await expect(page.getByTestId('collab-status')).toHaveText('Live');
  }

  // A student's toolbar has no prompt button: prompts are the teaching staff's.
  await selectPhrase(sam, 'fights monsters');
  await expect(sam.getByRole('button', { name: 'Flag claim' })).toBeVisible();
  await expect(sam.getByRole('button', { name: 'Add reading prompt' })).toHaveCount(0);

  // The instructor selects the passage and posts the question; an empty one is explained.
  await selectPhrase(ines, PASSAGE);
  await ines.getByRole('button', { name: 'Add reading prompt' }).click();
  const form = ines.getByRole('region', { name: 'Post a reading prompt' });
  await form.getByRole('button', { name: 'Post prompt' }).click();
  await expect(ines.getByRole('main').getByRole('alert')).toContainText(
    'a reading prompt cannot be empty',
  );
  await form.getByRole('textbox', { name: 'Question for the class' }).fill(QUESTION);
  await form.getByRole('button', { name: 'Post prompt' }).click();
  await expect(form).toHaveCount(0);
  const inesCard = ines.getByTestId('annotation-card').filter({ hasText: QUESTION });
  await expect(inesCard.getByTestId('prompt-badge')).toHaveText('Reading prompt');
  await expect(inesCard).toContainText('course');
  const mark = ines.locator('mark.prompt-highlight');
  await expect(mark).toHaveText(PASSAGE);
  await expect
    .poll(() => ines.getByRole('article', { name: 'Document text' }).ariaSnapshot())
    .toContain('(Reading prompt by Ines Teacher)');

  // The student's reader, open all along, shows the prompt; the filter keeps only prompts.
  const samCard = sam.getByRole('article', { name: /^Reading prompt by Ines Teacher/ });
  await expect(samCard.getByTestId('prompt-badge')).toHaveText('Reading prompt');
  await expect(samCard).toContainText(QUESTION);
  await selectPhrase(sam, 'fights monsters');
  await sam.getByRole('button', { name: 'Highlight as Key idea' }).click();
  await expect(sam.getByText('2 of 2 notes shown')).toBeVisible();
  const filters = sam.getByRole('group', { name: 'Filter notes' });
  await filters.getByLabel('Show').selectOption({ label: 'Prompts only' });
  await expect(sam.getByText('1 of 2 notes shown')).toBeVisible();
  await expect(sam.getByTestId('annotation-card')).toHaveCount(1);

  // The student answers in the prompt's thread.
  await samCard.click();
  await samCard.getByRole('button', { name: 'Answer', exact: true }).click();
  await samCard.getByRole('textbox', { name: 'Answer the prompt' }).fill(ANSWER);
  await samCard.getByRole('button', { name: 'Post answer' }).click();
  await expect(samCard.getByRole('list', { name: 'Replies' })).toContainText(ANSWER);

  // The instructor sees the answer without reloading, and again after a reload.
  await expect(inesCard.getByRole('list', { name: 'Replies' })).toContainText(ANSWER);
  await expect(ines.locator('mark.prompt-highlight')).toHaveAttribute(
    'title',
    'Reading prompt by Ines Teacher, 1 reply',
  );
  await openReader(ines, id);
  await expect(inesCard.getByRole('list', { name: 'Replies' })).toContainText(ANSWER);
});
