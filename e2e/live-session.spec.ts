import { expect, test, type Page } from '@playwright/test';
import { liveCourse, spotlight, startLiveSession } from './support/live-course';
import { openReader, selectPhrase } from './support/reader';

async function comment(page: Page, phrase: string, text: string) {
  await selectPhrase(page, phrase);
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await page.getByRole('textbox', { name: 'Comment' }).fill(text);
  await page.keyboard.press('Control+Enter');
}

test('hide-until-post, then a live session: the spotlight moves both students, reveal shows hidden notes live, and the summary records it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const live = await liveCourse(browser, 'Ines Teacher', [
    { name: 'Sam Reader' },
    { name: 'Ana Reader' },
  ]);
  const { teacher: ines, course, documentId: id } = live;
  const [sam, ana] = live.students as [Page, Page];
  const assigned = await ines.request.post(`/api/v1/courses/${course.id}/assignments`, {
    data: { documentId: id, title: 'Read the flats', hideUntilPostCount: 1 },
  });
  expect(assigned.status()).toBe(201);

  // Sam posts first: the margin counts down, and opens once he has.
  await openReader(sam, id);
  await expect(sam.getByTestId('peer-gate')).toContainText('post 1 more note');
  await comment(sam, 'Paragraph 2: the tide', 'Sam thinks the tide is the clock here.');
  await expect(sam.getByTestId('peer-gate')).toHaveCount(0);
  await expect(sam.getByTestId('annotation-card').filter({ hasText: 'Sam thinks' })).toBeVisible();

  // Ana has not posted: Sam's note is nowhere in her margin, nor in the API.
  await openReader(ana, id);
  await expect(ana.getByTestId('peer-gate')).toContainText('post 1 more note');
  await expect(ana.getByTestId('annotation-card')).toHaveCount(0);
  const hidden = (await (await ana.request.get(`/api/v1/documents/${id}/annotations`)).json()) as {
    items: unknown[];
  };
  expect(hidden.items).toHaveLength(0);

  // The instructor starts a live session; both students see it and who is in the room.
  await startLiveSession(live, 'Ines Teacher');
  await expect(
    ines.getByRole('region', { name: 'Live session' }).getByRole('listitem'),
  ).toHaveCount(3);

  // A spotlight far down the text scrolls both students' readers to it.
  await spotlight(ines, 'The lighthouse keeper counted');
  for (const student of [sam, ana]) {
    const lit = student.locator('[data-spotlight]');
    await expect(lit).toHaveText('The lighthouse keeper counted');
    await expect(lit).toBeInViewport();
  }
  // A student who stops following is not moved by the next one.
  await ana.getByLabel('Follow the instructor').uncheck();
  await ana.evaluate(() => window.scrollTo(0, 0));
  await spotlight(ines, 'Paragraph 30: the tide');
  await expect(sam.locator('[data-spotlight]')).toHaveText('Paragraph 30: the tide');
  await expect(sam.locator('[data-spotlight]')).toBeInViewport();
  await expect(ana.locator('[data-spotlight]')).toHaveText('Paragraph 30: the tide');
  expect(await ana.evaluate(() => window.scrollY)).toBe(0);

  // Reveal: Sam's hidden note appears in Ana's margin without her posting or reloading.
  await ines.getByRole('button', { name: 'Reveal hidden notes' }).click();
  await expect(ana.getByTestId('annotation-card').filter({ hasText: 'Sam thinks' })).toBeVisible();
  await expect(ana.getByTestId('peer-gate')).toHaveCount(0);

  // Ending the session shows its summary; the reveal was for the session only.
  await ines.getByRole('button', { name: 'End session' }).click();
  await expect(ines.getByRole('heading', { name: 'Live session summary' })).toBeVisible();
  await expect(ines.getByRole('heading', { name: 'Took part (3)' })).toBeVisible();
  await expect(ines.getByRole('list', { name: 'Passages spotlighted (2)' })).toContainText(
    'The lighthouse keeper counted',
  );
  await expect(ana.getByTestId('peer-gate')).toContainText('post 1 more note');
  await expect(ana.getByTestId('annotation-card')).toHaveCount(0);
  await expect(sam.getByRole('region', { name: 'Live session' })).toHaveCount(0);
});
