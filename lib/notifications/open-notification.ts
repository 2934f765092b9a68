import { getDb } from '../db/prisma';
import { NotFoundError } from '../errors/app-error';

/**
 * Opens one of the user's notifications: marks it read and returns the note it is about
 * and that note's document. Another user's notification is not found.
 */
export async function openNotification(options: { userId: string; notificationId: string }) {
  const db = getDb();
  const row = await db.notification.findFirst({
    where: { id: options.notificationId, recipientId: options.userId },
    select: {
      id: true,
      readAt: true,
      annotationId: true,
      annotation: { select: { documentId: true } },
    },
  });
  if (!row) throw new NotFoundError('That notification does not exist.');
  if (!row.readAt)
    await db.notification.update({ where: { id: row.id }, data: { readAt: new Date() } });
  return { annotationId: row.annotationId, documentId: row.annotation.documentId };
}
