import { describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/v1/courses/[id]/route';
import { getReaderContext } from '../annotations/get-reader-context';
import { getDb } from '../db/prisma';
import { apiClientFor } from '../testing/api-client';
import { makeCourse, makeUser } from '../testing/make-course';

const patch = (body: unknown) => ({
  method: 'PATCH',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const palette = [
  { key: 'thesis', label: 'Thesis', color: '#fde68a' },
  { key: 'doubt', label: 'Doubt', color: '#fecaca' },
];

describe('course annotation settings', () => {
  it('lets an instructor set the palette and default visibility, which readers then get', async () => {
    const { courseId, users } = await makeCourse({ teacher: 'INSTRUCTOR', student: 'STUDENT' });
    const api = await apiClientFor(users.teacher.id);
    const res = await api.call(PATCH, {
      ...patch({ palette, defaultVisibility: 'private' }),
      params: { id: courseId },
    });
    expect(res.status).toBe(200);
    const context = await getReaderContext(users.student.id, {
      courseId,
      ownerId: users.teacher.id,
    });
    expect([context.palette, context.defaultVisibility]).toEqual([palette, 'private']);
  });

  it('refuses students and moderators (403), strangers (404) and bad palettes (400), changing nothing', async () => {
    const { courseId, users } = await makeCourse({
      teacher: 'INSTRUCTOR',
      ta: 'MODERATOR',
      student: 'STUDENT',
    });
    const before = await getDb().course.findUniqueOrThrow({ where: { id: courseId } });
    for (const [who, status] of [
      [users.student.id, 403],
      [users.ta.id, 403],
      [(await makeUser('stranger')).id, 404],
    ] as const) {
      const res = await (
        await apiClientFor(who)
      ).call(PATCH, { ...patch({ palette }), params: { id: courseId } });
      expect(res.status).toBe(status);
    }
    const teacher = await apiClientFor(users.teacher.id);
    const bad = await teacher.call(PATCH, {
      ...patch({ palette: [{ key: 'x', label: 'X', color: 'red' }] }),
      params: { id: courseId },
    });
    expect([bad.status, bad.body?.error]).toEqual([400, 'Give every colour as #rrggbb.']);
    expect(await getDb().course.findUniqueOrThrow({ where: { id: courseId } })).toEqual(before);
  });
});
