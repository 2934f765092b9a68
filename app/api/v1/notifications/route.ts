import { apiRoute } from '@/lib/api/api-route';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { listNotificationsQuery } from '@/lib/notifications/notifications-input';

/** GET /api/v1/notifications?unread=1&page=&pageSize=: newest first, with the unread count. */
export const GET = apiRoute(async (request, user) => {
  const query = listNotificationsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, unreadCount] = await Promise.all([
    listNotifications({
      userId: user.id,
      unreadOnly: query.unread,
      page: query.page,
      pageSize: query.pageSize,
    }),
    countUnreadNotifications(user.id),
  ]);
  return Response.json({
    ...page,
    unreadCount,
    items: page.items.map((n) => ({
      ...n,
      kind: n.kind.toLowerCase(),
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
  });
});
