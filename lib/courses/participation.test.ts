import { beforeAll, describe, expect, it } from 'vitest';
import { GET as participation } from '@/app/api/v1/courses/[id]/participation/route';
import { GET as participationCsvRoute } from '@/app/api/v1/courses/[id]/participation.csv/route';
import { createAnnotation } from '../annotations/create-annotation';
import { createReply } from '../annotations/create-reply';
import { getDb } from '../db/prisma';
import { attachSource } from '../sources/attach-source';
import { attachSourceInput } from '../sources/source-input';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeCourseDocument } from '../testing/make-course';
import type { ParticipationRow } from './course-participation';

type Who = 'teacher' | 'ta' | 'ana' | 'ben';
let course: Awaited<ReturnType<typeof makeCourse<Who>>>;
let documentId: string;
const TEXT = 'First sentence here. '.repeat(20);

const at = (exact: string, start: number) => ({
  selector: [
    { type: 'TextQuoteSelector' as const, exact },
    { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  ],
});

// Parses RFC 4180 CSV with quoted fields, as a spreadsheet would.
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

beforeAll(async () => {
  course = await makeCourse<Who>({
    teacher: 'INSTRUCTOR',
    ta: 'MODERATOR',
    ana: 'STUDENT',
    ben: 'STUDENT',
  });
  documentId = await makeCourseDocument({
    ownerId: course.users.teacher.id,
    courseId: course.courseId,
    title: 'Sentences',
    text: TEXT,
  });
  const { ana, ben } = course.users;
  // Ana: two course notes (5 words and 0), one claim, one source; Ben: one reply of 3 words, one private note.
  const first = await createAnnotation({
    actor: ana,
    documentId,
    input: {
      target: at('First', 0),
      body: 'one two three four five',
      tags: [],
      visibility: 'course',
    },
  });
  await createAnnotation({
    actor: ana,
    documentId,
    input: { target: at('sentence', 6), tags: [], visibility: 'course' },
  });
  const claim = await createAnnotation({
    actor: ana,
    documentId,
    input: { target: at('First', 399), tags: [] },
    claim: { reason: 'OTHER' },
  });
  await attachSource({
    actor: ana,
    annotationId: claim.id,
    input: attachSourceInput.parse({ source: { type: 'book', title: 'A Book' } }),
  });
  // Due just before the claim: of Ana's notes only the claim is late; Ben's private note never counts.
  const claimAt = (await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id } }))
    .createdAt;
  await getDb().assignment.create({
    data: {
      courseId: course.courseId,
      documentId,
      title: 'Read',
      dueAt: new Date(claimAt.getTime() - 1),
    },
  });
  await createReply({ actor: ben, annotationId: first.id, body: 'six seven eight' });
  await createAnnotation({
    actor: ben,
    documentId,
    input: { target: at('here', 15), body: 'secret words', tags: [], visibility: 'private' },
  });
});

describe('course participation', () => {
  it('counts notes, replies, words, sources and claims per member, and where notes cluster', async () => {
    const teacher = await apiClientFor(course.users.teacher.id);
    const res = await teacher.call(participation, { params: { id: course.courseId } });
    const members = res.body!.members as ParticipationRow[];
    const row = (id: string) => members.find((m) => m.userId === id)!;
    expect(row(course.users.ana.id)).toMatchObject({
      notes: 3,
      replies: 0,
      words: 5,
      sources: 1,
      claims: 1,
      lateNotes: 1,
    });
    // Ben's private note is his own: not counted.
    expect(row(course.users.ben.id)).toMatchObject({
      notes: 0,
      replies: 1,
      words: 3,
      sources: 0,
      claims: 0,
    });
    expect(row(course.users.ta.id)).toMatchObject({ notes: 0, firstActivity: null });
    expect(row(course.users.ana.id).firstActivity! <= row(course.users.ana.id).lastActivity!).toBe(
      true,
    );
    const [doc] = res.body!.documents as { id: string; bands: number[] }[];
    expect(doc!.id).toBe(documentId);
    expect(doc!.bands).toHaveLength(20);
    expect(doc!.bands[0]).toBe(2);
    expect(doc!.bands[19]).toBe(1);
    expect(doc!.bands.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('downloads the same figures as CSV', async () => {
    const teacher = await apiClientFor(course.users.teacher.id);
    const request = new Request(
      `http://localhost/api/v1/courses/${course.courseId}/participation.csv`,
      {
        headers: { authorization: `Bearer ${teacher.secret}` },
      },
    );
    const res = await participationCsvRoute(request, {
      params: Promise.resolve({ id: course.courseId }),
    });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'Name',
      'Role',
      'Notes',
      'Replies',
      'Words',
      'Sources attached',
      'Claims flagged',
      'Late notes',
      'First activity',
      'Last activity',
    ]);
    const ana = rows.find((r) => r[0] === 'ana')!;
    expect(ana.slice(1, 8)).toEqual(['student', '3', '0', '5', '1', '1', '1']);
    expect(rows.find((r) => r[0] === 'ben')!.slice(2, 5)).toEqual(['0', '1', '3']);
    expect(rows).toHaveLength(4);
  });

  it('is for instructors only', async () => {
    for (const who of ['ta', 'ana'] as const) {
      const api = await apiClientFor(course.users[who].id);
      expect((await api.call(participation, { params: { id: course.courseId } })).status).toBe(403);
    }
    const outsider = await makeCourse({ other: 'INSTRUCTOR' });
    const api = await apiClientFor(outsider.users.other.id);
    expect((await api.call(participation, { params: { id: course.courseId } })).status).toBe(404);
  });
});
