import { apiRoute } from '@/lib/api/api-route';
import { issueCollabToken } from '@/lib/collab/issue-collab-token';

/** GET /api/v1/collab/token?room=<name>: a short-lived token for one collab room. */
export const GET = apiRoute(async (request, user) => {
  const room = new URL(request.url).searchParams.get('room') ?? '';
  return Response.json(await issueCollabToken(user, room), {
    headers: { 'cache-control': 'no-store' },
  });
});
