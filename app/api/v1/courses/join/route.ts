import { apiRoute } from '@/lib/api/api-route';
import { joinCourseInput } from '@/lib/courses/course-input';
import { joinCourse } from '@/lib/courses/join-course';

/** POST /api/v1/courses/join: `{code}` or `{invite}`; the caller joins as a student. */
export const POST = apiRoute(async (request, user) => {
  const input = joinCourseInput.parse(await request.json().catch(() => ({})));
  return Response.json(await joinCourse({ actor: user, input }));
});
