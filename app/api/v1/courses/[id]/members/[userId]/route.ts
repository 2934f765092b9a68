import { apiRoute } from '@/lib/api/api-route';
import { removeMember } from '@/lib/courses/remove-member';

type Context = { params: Promise<{ id: string; userId: string }> };

/** DELETE /api/v1/courses/:id/members/:userId: an instructor removes a member (or one leaves). */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id, userId } = await params;
  await removeMember({ actor: user, courseId: id, userId });
  return new Response(null, { status: 204 });
});
