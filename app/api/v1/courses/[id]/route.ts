import { apiRoute } from '@/lib/api/api-route';
import {
  annotationSettingsInput,
  updateAnnotationSettings,
} from '@/lib/courses/update-annotation-settings';
import { updateCourseInput } from '@/lib/courses/course-input';
import { getCourse } from '@/lib/courses/get-course';
import { updateCourse } from '@/lib/courses/update-course';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/courses/:id: the course and its roster; instructors also get its join code and invite token. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json(await getCourse(user, id));
});

/**
 * PATCH /api/v1/courses/:id, instructors only: `{title?, term?, archived?, joinCodeEnabled?,
 * inviteEnabled?, regenerate?: 'joinCode'|'invite'}` and the note settings
 * `{palette?, defaultVisibility?, citationStyle?}`.
 */
export const PATCH = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  const { palette, defaultVisibility, citationStyle, ...rest } = body;
  // Both halves are checked before either is written, so a bad field changes nothing.
  const settings = annotationSettingsInput.parse({ palette, defaultVisibility, citationStyle });
  const course = updateCourseInput.parse(rest);
  if (Object.values(settings).some((v) => v !== undefined))
    await updateAnnotationSettings({ actor: user, courseId: id, input: settings });
  if (Object.values(course).some((v) => v !== undefined))
    await updateCourse({ actor: user, courseId: id, input: course });
  return Response.json(await getCourse(user, id));
});
