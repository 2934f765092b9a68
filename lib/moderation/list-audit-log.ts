import { getDb } from '../db/prisma';
import { loadCourseFor } from '../courses/load-course-for';

/** A course's moderation record, newest first, for its instructors: who did what, to what, why. */
export async function listAuditLog(options: {
  actor: { id: string };
  courseId: string;
  cursor?: string;
  limit?: number;
}) {
  await loadCourseFor(options.actor, options.courseId, 'audit');
  const limit = Math.min(options.limit ?? 50, 200);
  const rows = await getDb().moderationEvent.findMany({
    where: { courseId: options.courseId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      action: true,
      reason: true,
      createdAt: true,
      annotationId: true,
      replyId: true,
      actor: { select: { id: true, name: true } },
      annotation: { select: { documentId: true, quoteExact: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      action: r.action.toLowerCase(),
      reason: r.reason ?? '',
      createdAt: r.createdAt.toISOString(),
      actor: r.actor,
      annotationId: r.annotationId,
      replyId: r.replyId,
      documentId: r.annotation?.documentId ?? null,
      quote: r.annotation ? r.annotation.quoteExact.slice(0, 120) : '',
    })),
    nextCursor: rows.length > limit ? page[page.length - 1]!.id : null,
  };
}
