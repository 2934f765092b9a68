import { apiRoute } from '@/lib/api/api-route';
import { listModerationQueue } from '@/lib/moderation/list-moderation-queue';
import { moderationQueueInput } from '@/lib/moderation/moderation-queue-input';

/**
 * GET /api/v1/moderation/queue?status=&reason=&documentId=&authorId=&minAgeDays=&sort=&cursor=&limit=:
 * the claims in the courses the caller moderates.
 */
export const GET = apiRoute(async (request, user) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listModerationQueue(user, moderationQueueInput.parse(query)));
});
