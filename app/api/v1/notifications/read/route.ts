import { apiRoute } from '@/lib/api/api-route';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';
import { markNotificationsReadInput } from '@/lib/notifications/notifications-input';

/** POST /api/v1/notifications/read: `{ids?}` marks those (or, with none, all) of yours read. */
export const POST = apiRoute(async (request, user) => {
  const { ids } = markNotificationsReadInput.parse(await request.json().catch(() => ({})));
  const marked = await markNotificationsRead({ userId: user.id, ids });
  return Response.json({ marked, unreadCount: await countUnreadNotifications(user.id) });
});
