import { apiRoute } from '@/lib/api/api-route';
import { listAuditLog } from '@/lib/moderation/list-audit-log';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/courses/:id/audit?cursor=: the course's moderation record, for its instructors. */
export const GET = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const cursor = new URL(request.url).searchParams.get('cursor') ?? undefined;
  return Response.json(await listAuditLog({ actor: user, courseId: id, cursor }));
});
