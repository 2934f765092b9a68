import { apiRoute } from '@/lib/api/api-route';
import { updateAnnotationSettings } from '@/lib/courses/update-annotation-settings';

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/courses/:id: `{palette?, defaultVisibility?}`, instructors only. */
export const PATCH = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const course = await updateAnnotationSettings({
    actor: user,
    courseId: id,
    input: await request.json().catch(() => ({})),
  });
  return Response.json({
    id: course.id,
    palette: course.palette,
    defaultVisibility: course.defaultVisibility.toLowerCase(),
  });
});
