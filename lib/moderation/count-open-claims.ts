import { getDb } from '../db/prisma';
import { moderationQueueWhere } from './moderation-queue-where';

/** How many claims wait for `actor`'s review (open or needing a source): the navigation's count. */
export async function countOpenClaims(actor: { id: string }): Promise<number> {
  return getDb().annotation.count({
    where: moderationQueueWhere(actor.id, { status: ['open', 'needs_source'] }),
  });
}
