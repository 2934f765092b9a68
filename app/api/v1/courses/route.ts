import { apiRoute } from '@/lib/api/api-route';
import { createCourse } from '@/lib/courses/create-course';
import { createCourseInput } from '@/lib/courses/course-input';
import { listMyCourses } from '@/lib/courses/list-my-courses';

/** GET /api/v1/courses: the caller's courses with their role. */
export const GET = apiRoute(async (_request, user) =>
  Response.json({ items: await listMyCourses(user.id) }),
);

/** POST /api/v1/courses: `{title, term?, defaultVisibility?}`; the caller becomes its instructor. */
export const POST = apiRoute(async (request, user) => {
  const input = createCourseInput.parse(await request.json().catch(() => ({})));
  return Response.json(await createCourse({ actor: user, input }), { status: 201 });
});
