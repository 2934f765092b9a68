import { beforeAll, describe, expect, it } from 'vitest';
import { POST as hide } from '@/app/api/v1/annotations/[id]/hide/route';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as flag } from '@/app/api/v1/documents/[id]/claims/route';
import { POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../testing/make-course';
import { exportOptions, exportOptionsFrom } from './export-options';
import { loadExport } from './load-export';

type Who = 'teacher' | 'ana' | 'ben';
const post = (body: unknown, id: string) => jsonRequest('POST', body, { id });
const target = (exact: string) => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
});

let ids: Record<Who, string>;
let api: Record<Who, Awaited<ReturnType<typeof apiClientFor>>>;
let documentId: string;
const made: Record<string, string> = {};

beforeAll(async () => {
  const course = await makeCourse<Who>({ teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT' });
  ids = { teacher: course.users.teacher.id, ana: course.users.ana.id, ben: course.users.ben.id };
  api = {
    teacher: await apiClientFor(ids.teacher),
    ana: await apiClientFor(ids.ana),
    ben: await apiClientFor(ids.ben),
  };
  documentId = await makeCourseDocument({
    ownerId: ids.teacher,
    courseId: course.courseId,
    title: 'Canal',
    text: 'The canal froze in January. Barges waited at the lock. Skaters came at noon.',
  });
  const note = async (who: Who, body: object) =>
    (await api[who].call(annotate, post(body, documentId))).body!.id as string;
  made.shared = await note('ana', { ...target('The canal froze'), body: 'cold year' });
  made.private = await note('ana', {
    ...target('Barges waited'),
    body: 'my own thought',
    visibility: 'private',
  });
  made.hidden = await note('ben', { ...target('Skaters came'), body: 'rude remark' });
  made.claim = (
    await api.ben.call(
      flag,
      post({ ...target('at the lock'), reason: 'needs_citation' }, documentId),
    )
  ).body!.id as string;
  await api.teacher.call(hide, post({ reason: 'Off topic' }, made.hidden));
  await api.ben.call(replyTo, post({ body: paragraphDoc('agreed') }, made.shared));
});

const idsOf = async (who: Who, query: Record<string, string> = {}) =>
  (await loadExport({ id: ids[who] }, documentId, exportOptions.parse(query))).notes.map(
    (n) => n.id,
  );

describe('loadExport', () => {
  it('holds what the reader may see, never what a moderator hid', async () => {
    expect((await idsOf('ben')).sort()).toEqual([made.shared, made.claim].sort());
    expect((await idsOf('ana')).sort()).toEqual([made.shared, made.private, made.claim].sort());
    // Even the moderator who hid it, and its author, export without it.
    expect(await idsOf('teacher')).not.toContain(made.hidden);
    expect(await idsOf('ben')).not.toContain(made.hidden);
  });

  it('narrows to a layer, and leaves replies out when asked', async () => {
    expect((await idsOf('ana', { layers: 'mine' })).sort()).toEqual(
      [made.shared, made.private].sort(),
    );
    expect(await idsOf('ana', { layers: 'course' })).not.toContain(made.private);
    expect(await idsOf('ana', { layers: 'claims' })).toEqual([made.claim]);
    const withReplies = await loadExport({ id: ids.ana }, documentId, exportOptions.parse({}));
    expect(withReplies.notes.find((n) => n.id === made.shared)!.replies).toHaveLength(1);
    const without = await loadExport(
      { id: ids.ana },
      documentId,
      exportOptions.parse({ replies: 'false' }),
    );
    expect(without.notes.find((n) => n.id === made.shared)!.replies).toHaveLength(0);
    expect(without.filters).toBe('every note I can see · without replies · APA');
  });

  it('explains bad options', () => {
    expect(() => exportOptionsFrom('http://x/e.pdf?layers=others')).toThrow(
      'Choose the notes to export: mine, course, claims or all.',
    );
    expect(() => exportOptionsFrom('http://x/e.pdf?paper=a5')).toThrow('Choose A4 or Letter');
    expect(exportOptionsFrom('http://x/e.pdf?style=mla&paper=letter')).toMatchObject({
      style: 'mla',
      paper: 'letter',
      layers: 'all',
      replies: true,
    });
  });
});
