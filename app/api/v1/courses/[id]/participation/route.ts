import { apiRoute } from '@/lib/api/api-route';
import { courseParticipation } from '@/lib/courses/course-participation';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/courses/:id/participation: per member and per document, for instructors. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json(await courseParticipation({ actor: user, courseId: id }));
});
