import type { Prisma } from '../db/generated/client';
import type { ClaimReason, ClaimStatus } from '../db/generated/enums';
import { moderatedCoursesWhere } from '../authz/moderated-courses-where';
import type { ModerationQueueFilters } from './moderation-queue-input';

const DAY_MS = 86_400_000;

/**
 * The claims `userId` reviews, narrowed by the queue's filters: flagged on documents
 * of courses they moderate, not deleted, and readable by them (claims are never
 * private, but an older private note turned claim stays its author's).
 */
export function moderationQueueWhere(
  userId: string,
  filters: Omit<ModerationQueueFilters, 'sort' | 'cursor' | 'limit'>,
  now = new Date(),
): Prisma.AnnotationWhereInput {
  return {
    kind: 'CLAIM',
    deletedAt: null,
    claimStatus: { in: filters.status.map((s) => s.toUpperCase() as ClaimStatus) },
    ...(filters.reason
      ? { claimReason: { in: filters.reason.map((r) => r.toUpperCase() as ClaimReason) } }
      : {}),
    ...(filters.documentId ? { documentId: filters.documentId } : {}),
    ...(filters.authorId ? { authorId: filters.authorId } : {}),
    ...(filters.minAgeDays !== undefined
      ? { createdAt: { lte: new Date(now.getTime() - filters.minAgeDays * DAY_MS) } }
      : {}),
    document: { course: moderatedCoursesWhere(userId) },
    OR: [{ visibility: { not: 'PRIVATE' } }, { authorId: userId }],
  };
}
