import { apiRoute } from '@/lib/api/api-route';
import { deleteAssignment } from '@/lib/assignments/delete-assignment';

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/assignments/:id: an instructor withdraws it; notes stay. */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  await deleteAssignment({ actor: user, assignmentId: id });
  return new Response(null, { status: 204 });
});
