import { apiRoute } from '@/lib/api/api-route';
import { changeMemberRole } from '@/lib/courses/change-member-role';
import { memberRoleInput } from '@/lib/courses/course-input';
import { removeMember } from '@/lib/courses/remove-member';
import type { CourseRole } from '@/lib/db/generated/enums';

type Context = { params: Promise<{ id: string; userId: string }> };

/** DELETE /api/v1/courses/:id/members/:userId: an instructor removes a member (or one leaves). */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id, userId } = await params;
  await removeMember({ actor: user, courseId: id, userId });
  return new Response(null, { status: 204 });
});

/** PATCH /api/v1/courses/:id/members/:userId: `{role}`, instructors only; a course keeps one instructor. */
export const PATCH = apiRoute<Context>(async (request, user, { params }) => {
  const { id, userId } = await params;
  const { role } = memberRoleInput.parse(await request.json().catch(() => ({})));
  return Response.json(
    await changeMemberRole({
      actor: user,
      courseId: id,
      userId,
      role: role.toUpperCase() as CourseRole,
    }),
  );
});
