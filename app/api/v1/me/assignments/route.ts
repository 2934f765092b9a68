import { apiRoute } from '@/lib/api/api-route';
import { listMyAssignments } from '@/lib/assignments/list-my-assignments';

/** GET /api/v1/me/assignments: every assignment in the caller's courses, soonest due first, with their progress. */
export const GET = apiRoute(async (_request, user) =>
  Response.json({ items: await listMyAssignments(user) }),
);
