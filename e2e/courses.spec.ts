import { expect, test } from '@playwright/test';
import { newPerson } from './support/auth';
import { openReader } from './support/reader';

test('an instructor creates a course, students join by code and link, roles change, and a removed student’s live margin goes quiet', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ines = await newPerson(browser, 'Ines Teacher');
  const sam = await newPerson(browser, 'Sam Reader');
  const alex = await newPerson(browser, 'Alex Reader');

  await ines.getByRole('link', { name: 'Courses' }).click();
  await expect(ines.getByText('You are not in a course yet.')).toBeVisible();
  const create = ines.getByRole('form', { name: 'Create a course' });
  await create.getByLabel('Title').fill('Reading the Thaw');
  await create.getByLabel('Term (optional)').fill('Winter');
  await create.getByRole('button', { name: 'Create course' }).click();
  await expect(ines.getByRole('heading', { level: 1, name: 'Reading the Thaw' })).toBeVisible();
  const code = (await ines.getByTestId('join-code').textContent())!;
  const invite = await ines.getByLabel('Invite link').inputValue();

  // A wrong code is explained; the right one, typed loosely, gets in.
  await sam.goto('/courses');
  const join = sam.getByRole('form', { name: 'Join a course' });
  await join.getByLabel('Join code').fill('WRNG-CODE');
  await join.getByRole('button', { name: 'Join course' }).click();
  await expect(sam.getByRole('main').getByRole('alert')).toHaveText(
    'That join code is not valid, or it has been replaced. Check it with your instructor.',
  );
  await join.getByLabel('Join code').fill(code.toLowerCase().replace('-', ' '));
  await join.getByRole('button', { name: 'Join course' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Reading the Thaw' })).toBeVisible();

  await alex.goto(invite);
  await alex.getByRole('button', { name: 'Join course' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: 'Reading the Thaw' })).toBeVisible();

  // The instructor sees both, makes Alex a teaching assistant, and puts a text in front of the class.
  await ines.reload();
  await expect(ines.getByRole('heading', { name: 'Members (3)' })).toBeVisible();
  await ines.getByLabel('Role of Alex Reader').selectOption('moderator');
  await expect(ines.getByLabel('Role of Alex Reader')).toHaveValue('moderator');
  const courseId = ines.url().split('/').pop()!;
  const doc = await ines.request.post('/api/v1/documents', {
    data: { title: 'The Thaw', text: 'The thaw began in 1956.\n\nIt did not last.', courseId },
  });
  const { id } = (await doc.json()) as { id: string };

  // An assignment on it, due tomorrow in the instructor's own time zone.
  await ines.reload();
  await ines.getByText('New assignment').click();
  const assignForm = ines.getByRole('form', { name: 'New assignment' });
  await assignForm.getByLabel('Title').fill('Read the thaw closely');
  const tomorrow = new Date(Date.now() + 86_400_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000);
  await assignForm
    .getByLabel('Due (your time zone, optional)')
    .fill(local.toISOString().slice(0, 16));
  await assignForm.getByRole('button', { name: 'Assign' }).click();
  await expect(ines.getByRole('list', { name: 'Assignments' })).toContainText(
    'Read the thaw closely',
  );
  await alex.reload();
  const assigned = alex.getByRole('list', { name: 'Assignments' }).getByRole('listitem');
  await expect(assigned).toContainText('You have 0 notes on it');
  await expect(assigned).toContainText('Due ');

  for (const page of [sam, alex]) {
    await openReader(page, id);
    await expect(page.getByTestId('collab-status')).toHaveText('Live');
  }
  ines.once('dialog', (d) => void d.accept());
  await ines.getByRole('button', { name: 'Remove Sam Reader' }).click();
  await expect(ines.getByRole('heading', { name: 'Members (2)' })).toBeVisible();

  // A new course note reaches Alex live, and no longer reaches Sam.
  const posted = await ines.request.post(`/api/v1/documents/${id}/annotations`, {
    data: {
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'It did not last.' }] },
      body: 'Why not?',
      visibility: 'course',
    },
  });
  expect(posted.status()).toBe(201);
  await expect(alex.getByTestId('annotation-card').filter({ hasText: 'Why not?' })).toBeVisible();
  await sam.waitForTimeout(1500);
  await expect(sam.getByTestId('annotation-card').filter({ hasText: 'Why not?' })).toHaveCount(0);
  await sam.reload();
  await expect(sam.getByRole('heading', { name: 'Not found' })).toBeVisible();

  // The dashboard counts the instructor's note and offers the CSV.
  await ines.getByRole('link', { name: 'Participation' }).click();
  const row = ines.getByRole('row', { name: /Ines Teacher/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await expect(
    ines
      .getByRole('list', { name: 'Notes along The Thaw, from start to end' })
      .getByRole('listitem'),
  ).toHaveCount(20);
  const csv = await ines.request.get(
    (await ines.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!,
  );
  expect((await csv.text()).split('\r\n')[0]).toContain('"Sources attached"');
});

test('an archived course is read-only until its instructor brings it back', async ({ browser }) => {
  const ines = await newPerson(browser, 'Ines Archivist');
  const made = await ines.request.post('/api/v1/courses', { data: { title: 'Old Seminar' } });
  const { id: courseId } = (await made.json()) as { id: string };
  const doc = await ines.request.post('/api/v1/documents', {
    data: { title: 'Minutes', text: 'The seminar met weekly.', courseId },
  });
  const { id } = (await doc.json()) as { id: string };
  const before = await ines.request.post(`/api/v1/documents/${id}/annotations`, {
    data: {
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'weekly' }] },
      body: 'Every week?',
    },
  });
  expect(before.status()).toBe(201);
  await ines.goto(`/courses/${courseId}`);
  ines.once('dialog', (d) => void d.accept());
  await ines.getByRole('button', { name: 'Archive course' }).click();
  await expect(
    ines.getByText('This course is archived: its documents and notes are read-only.'),
  ).toBeVisible();
  await expect(ines.getByTestId('join-code')).toHaveCount(0);
  const refused = await ines.request.post(`/api/v1/documents/${id}/annotations`, {
    data: { target: { selector: [{ type: 'TextQuoteSelector', exact: 'seminar' }] } },
  });
  expect([refused.status(), ((await refused.json()) as { error: string }).error]).toEqual([
    403,
    'This course is archived, so its documents and notes are read-only.',
  ]);
  // The reader shows the notes' text but offers no toolbar for a selection.
  await openReader(ines, id);
  await expect(
    ines.getByText('This course is archived: you can read its notes, but not add to them.'),
  ).toBeVisible();
  const card = ines.getByTestId('annotation-card').filter({ hasText: 'Every week?' });
  await card.click();
  await expect(card).toHaveAttribute('data-focused', 'true');
  await expect(card.getByRole('button')).toHaveCount(0);
  await ines.goto(`/courses/${courseId}`);
  await ines.getByRole('button', { name: 'Bring the course back' }).click();
  await expect(ines.getByTestId('join-code')).toBeVisible();
});
