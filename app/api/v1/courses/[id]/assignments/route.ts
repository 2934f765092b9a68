import { apiRoute } from '@/lib/api/api-route';
import { createAssignmentInput } from '@/lib/assignments/assignment-input';
import { createAssignment } from '@/lib/assignments/create-assignment';
import { listAssignments } from '@/lib/assignments/list-assignments';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/courses/:id/assignments: soonest due first, with settings, prompt counts and the caller's progress on each. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json({ items: await listAssignments(user, id) });
});

/**
 * POST /api/v1/courses/:id/assignments: `{documentId, title, instructions?, dueAt?, allowLate?,
 * hideUntilPostCount?, anonymousToPeers?}`, instructors only.
 */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const input = createAssignmentInput.parse(await request.json().catch(() => ({})));
  return Response.json(await createAssignment({ actor: user, courseId: id, input }), {
    status: 201,
  });
});
