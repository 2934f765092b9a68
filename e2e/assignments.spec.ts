import { expect, test } from '@playwright/test';
import { newPerson } from './support/auth';

test('a student sees an assignment from their course on /assignments, with its settings in words', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get('/api/v1/me/assignments')).status()).toBe(401);
  await anonymous.close();

  const sam = await newPerson(browser, 'Sam Student', {
    locale: 'en-GB',
    timezoneId: 'Asia/Tokyo',
  });
  await sam.getByRole('link', { name: 'Assignments', exact: true }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Your assignments' })).toBeVisible();
  await expect(sam.getByRole('main')).toContainText('No assignments yet.');
  await expect(sam.getByRole('link', { name: 'Join a course' })).toHaveAttribute(
    'href',
    '/courses',
  );

  const ines = await newPerson(browser, 'Ines Instructor', { locale: 'en-GB' });
  const made = await ines.request.post('/api/v1/courses', { data: { title: 'Close Reading' } });
  const course = (await made.json()) as { id: string; joinCode: string };
  const doc = await ines.request.post('/api/v1/documents', {
    data: { title: 'The Thaw', text: 'The thaw began in 1956.', courseId: course.id },
  });
  const { id: documentId } = (await doc.json()) as { id: string };

  await ines.goto(`/courses/${course.id}`);
  await ines.getByText('New assignment').click();
  const form = ines.getByRole('form', { name: 'New assignment' });
  await form.getByLabel('Title').fill('Read before you look');
  const due = new Date(Date.now() + 3 * 86_400_000);
  const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000);
  await form.getByLabel('Due (your time zone, optional)').fill(local.toISOString().slice(0, 16));
  await form
    .getByLabel('Hide classmates’ notes until a student has posted this many notes')
    .fill('2');
  await form.getByLabel('Anonymous to peers').check();
  await form.getByLabel('Accept late notes').uncheck();
  await form.getByRole('button', { name: 'Assign' }).click();
  const listed = ines.getByRole('list', { name: 'Assignments' }).getByRole('listitem');
  await expect(listed).toContainText('Read before you look');
  await expect(listed.getByTestId('assignment-settings')).toHaveText(
    /Classmates’ notes hidden until you post 2\s*Anonymous to peers\s*No late work/,
  );

  const joined = await sam.request.post('/api/v1/courses/join', {
    data: { code: course.joinCode },
  });
  expect(joined.status()).toBe(200);
  await sam.reload();
  const week = sam.getByRole('region', { name: 'Due this week' });
  const item = week.getByRole('listitem').filter({ hasText: 'Read before you look' });
  await expect(item).toContainText('Close Reading');
  await expect(item).toContainText('Due in 3 days');
  await expect(item).toContainText('0 notes');
  await expect(item.getByTestId('assignment-settings')).toHaveText(
    /Classmates’ notes hidden until you post 2\s*Anonymous to peers\s*No late work/,
  );
  await expect(item.getByRole('link', { name: 'Read before you look' })).toHaveAttribute(
    'href',
    `/documents/${documentId}`,
  );
  // The due time is shown in Sam's own zone once the page is live in the browser.
  const iso = (await item.locator('time').getAttribute('datetime'))!;
  const tokyo = new Date(iso).toLocaleString('en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  await expect(item.locator('time')).toHaveText(tokyo.replace(/\s/g, ' '));
});
