import { getDb } from '../db/prisma';
import { readableNotificationsSql } from './readable-notifications-sql';

/** How many unread notifications a user has about notes they may still read. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await getDb().$queryRaw<{ unread: bigint }[]>`
    SELECT count(*) AS "unread" ${readableNotificationsSql(userId)} AND n."readAt" IS NULL`;
  return Number(row?.unread ?? 0);
}
