import { getDb } from '../db/prisma';

/**
 * Marks the user's own notifications read: the given ids, or all of them when no ids
 * are given. Ids of other users' notifications are ignored. Returns how many changed.
 */
export async function markNotificationsRead(options: {
  userId: string;
  ids?: string[];
}): Promise<number> {
  const { count } = await getDb().notification.updateMany({
    where: {
      recipientId: options.userId,
      readAt: null,
      ...(options.ids ? { id: { in: options.ids } } : {}),
    },
    data: { readAt: new Date() },
  });
  return count;
}
