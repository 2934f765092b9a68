import { expect, type Browser, type Page } from '@playwright/test';
import { newPerson } from './auth';
import { openReader, selectPhrase } from './reader';

/** Long enough that the last paragraph is far below where a reader opens. */
export const FLATS_TEXT = [
  ...Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i + 1}: the tide came in over the flats and went out again.`,
  ),
  'The lighthouse keeper counted every ship that passed.',
].join('\n\n');

/** A course of one instructor and its students, with FLATS_TEXT in it. */
export interface LiveCourse {
  teacher: Page;
  students: Page[];
  course: { id: string; joinCode: string };
  documentId: string;
}

/**
 * An instructor named `teacher` makes a course; each student, signed up in a browser
 * context of their own (with its options: reduced motion, say), joins by code; the
 * instructor then puts FLATS_TEXT in the course.
 */
export async function liveCourse(
  browser: Browser,
  teacher: string,
  students: { name: string; context?: Parameters<Browser['newContext']>[0] }[],
): Promise<LiveCourse> {
  const lead = await newPerson(browser, teacher);
  const pages = [];
  for (const s of students) pages.push(await newPerson(browser, s.name, s.context));
  const course = (await (
    await lead.request.post('/api/v1/courses', { data: { title: 'Tides' } })
  ).json()) as { id: string; joinCode: string };
  for (const student of pages) {
    const joined = await student.request.post('/api/v1/courses/join', {
      data: { code: course.joinCode },
    });
    expect(joined.status()).toBe(200);
  }
  const created = await lead.request.post('/api/v1/documents', {
    data: { title: 'The Flats', text: FLATS_TEXT, courseId: course.id },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  return { teacher: lead, students: pages, course, documentId: id };
}

/**
 * The instructor, reading the document, starts a live session, and every student
 * (their readers already open) sees it led by `leader`.
 */
export async function startLiveSession(live: LiveCourse, leader: string) {
  await openReader(live.teacher, live.documentId);
  await live.teacher.getByRole('button', { name: 'Start live session' }).click();
  for (const student of live.students) {
    const panel = student.getByRole('region', { name: 'Live session' });
    await expect(panel).toContainText(`Live session led by ${leader}`);
    await expect(panel.getByRole('list', { name: 'In the room' })).toContainText(leader);
  }
}

/** The instructor spotlights the first occurrence of `phrase` for the room. */
export async function spotlight(teacher: Page, phrase: string) {
  await selectPhrase(teacher, phrase);
  await teacher.getByRole('button', { name: 'Spotlight selection' }).click();
}
