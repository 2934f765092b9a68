import { expect, test } from '@playwright/test';
import { newPerson } from './support/auth';
import { openReader } from './support/reader';

test('on an assignment anonymous to peers, a student reads a classmate’s note as “Classmate”, and the instructor sees the name', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ines = await newPerson(browser, 'Ines Teacher');
  const sam = await newPerson(browser, 'Sam Named');
  const ana = await newPerson(browser, 'Ana Reader');
  const course = (await (
    await ines.request.post('/api/v1/courses', { data: { title: 'Quiet voices' } })
  ).json()) as { id: string; joinCode: string };
  for (const student of [sam, ana])
    await student.request.post('/api/v1/courses/join', { data: { code: course.joinCode } });
  const { id } = (await (
    await ines.request.post('/api/v1/documents', {
      data: { title: 'Orchard', text: 'The orchard was planted in rows.', courseId: course.id },
    })
  ).json()) as { id: string };
  const assigned = await ines.request.post(`/api/v1/courses/${course.id}/assignments`, {
    data: { documentId: id, title: 'Read the orchard', anonymousToPeers: true },
  });
  expect(assigned.status()).toBe(201);
  const posted = await sam.request.post(`/api/v1/documents/${id}/annotations`, {
    data: {
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'planted in rows' }] },
      body: 'Rows like a school register.',
      visibility: 'course',
    },
  });
  expect(posted.status()).toBe(201);

  await openReader(ana, id);
  const seen = ana
    .getByTestId('annotation-card')
    .filter({ hasText: 'Rows like a school register.' });
  await expect(seen).toContainText('Classmate');
  await expect(ana.getByRole('main')).not.toContainText('Sam Named');

  await openReader(ines, id);
  await expect(
    ines.getByTestId('annotation-card').filter({ hasText: 'Rows like a school register.' }),
  ).toContainText('Sam Named');
});
