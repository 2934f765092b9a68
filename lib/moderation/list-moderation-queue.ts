import { moderatedCoursesWhere } from '../authz/moderated-courses-where';
import { getDb } from '../db/prisma';
import { ForbiddenError } from '../errors/app-error';
import { excerpt } from '../annotations/excerpt';
import type { ModerationQueueFilters } from './moderation-queue-input';
import { moderationQueueWhere } from './moderation-queue-where';

/**
 * One page of the claims `actor` reviews, oldest first by default, with the next
 * page's cursor. Keyset paging on (createdAt, id) keeps deep pages as fast as the first.
 */
export async function listModerationQueue(actor: { id: string }, filters: ModerationQueueFilters) {
  const db = getDb();
  const moderates = await db.course.count({ where: moderatedCoursesWhere(actor.id), take: 1 });
  if (!moderates)
    throw new ForbiddenError('The moderation queue is for moderators and instructors of a course.');
  const where = moderationQueueWhere(actor.id, filters);
  const direction = filters.sort === 'oldest' ? 'asc' : 'desc';
  const rows = await db.annotation.findMany({
    where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: filters.limit + 1,
    ...(filters.cursor ? { cursor: { id: filters.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      claimStatus: true,
      claimReason: true,
      quoteExact: true,
      bodyText: true,
      hiddenAt: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
      document: {
        select: { id: true, title: true, course: { select: { id: true, title: true } } },
      },
      _count: { select: { sources: true } },
    },
  });
  const page = rows.slice(0, filters.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      status: r.claimStatus!.toLowerCase(),
      reason: r.claimReason!.toLowerCase(),
      quote: excerpt(r.quoteExact, 200),
      explanation: r.bodyText,
      hidden: r.hiddenAt !== null,
      createdAt: r.createdAt.toISOString(),
      author: r.author,
      document: { id: r.document.id, title: r.document.title },
      course: r.document.course,
      sourceCount: r._count.sources,
    })),
    nextCursor: rows.length > filters.limit ? page[page.length - 1]!.id : null,
  };
}
