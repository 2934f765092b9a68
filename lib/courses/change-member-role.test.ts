import { describe, expect, it } from 'vitest';
import { POST as hide } from '@/app/api/v1/annotations/[id]/hide/route';
import { POST as verdict } from '@/app/api/v1/claims/[id]/verdict/route';
import { PATCH as setRole } from '@/app/api/v1/courses/[id]/members/[userId]/route';
import { POST as flag } from '@/app/api/v1/documents/[id]/claims/route';
import { apiClientFor, jsonRequest } from '../testing/api-client';
import { makeCourse, makeCourseDocument } from '../testing/make-course';

const target = (exact: string) => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
});

describe('changing a member’s role', () => {
  it('takes a demoted moderator’s rights at their next request, with the same credentials', async () => {
    const { courseId, users } = await makeCourse({
      instructor: 'INSTRUCTOR',
      moderator: 'MODERATOR',
      student: 'STUDENT',
    });
    const documentId = await makeCourseDocument({
      ownerId: users.instructor.id,
      courseId,
      title: 'Demotion',
      text: 'The reading room opened in 1857 and held a million books by 1900.',
    });
    const instructor = await apiClientFor(users.instructor.id);
    const moderator = await apiClientFor(users.moderator.id);
    const student = await apiClientFor(users.student.id);
    const claim = async (exact: string) => {
      const res = await student.call(
        flag,
        jsonRequest('POST', { ...target(exact), reason: 'needs_citation' }, { id: documentId }),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return String(res.body!.id);
    };
    const first = await claim('opened in 1857');
    const second = await claim('a million books');
    const hideIt = (id: string) =>
      moderator.call(hide, jsonRequest('POST', { reason: 'Off topic.' }, { id }));
    const judge = (id: string) =>
      moderator.call(
        verdict,
        jsonRequest('POST', { status: 'unverifiable', note: 'No catalogue.' }, { id }),
      );
    expect((await hideIt(first)).status).toBe(200);
    expect((await judge(first)).status).toBe(200);

    const demoted = await instructor.call(
      setRole,
      jsonRequest('PATCH', { role: 'student' }, { id: courseId, userId: users.moderator.id }),
    );
    expect(demoted.body).toEqual({ userId: users.moderator.id, role: 'student' });

    expect((await hideIt(second)).status).toBe(403);
    expect((await judge(second)).status).toBe(403);
  });
});
