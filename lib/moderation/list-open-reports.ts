import { moderatedCoursesWhere } from '../authz/moderated-courses-where';
import { getDb } from '../db/prisma';
import { excerpt } from '../annotations/excerpt';

const SETTLING = ['HIDE', 'UNHIDE', 'DISMISS'] as const;

/**
 * Reports of abuse in the courses `actor` moderates that no moderator has acted on
 * since (by hiding, unhiding or dismissing what they report), newest first.
 */
export async function listOpenReports(actor: { id: string }, limit = 100) {
  const db = getDb();
  const reports = await db.moderationEvent.findMany({
    where: { action: 'REPORT', course: moderatedCoursesWhere(actor.id) },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      annotationId: true,
      replyId: true,
      actor: { select: { id: true, name: true } },
      annotation: {
        select: {
          bodyText: true,
          quoteExact: true,
          hiddenAt: true,
          deletedAt: true,
          document: { select: { id: true, title: true } },
        },
      },
      reply: { select: { bodyText: true, hiddenAt: true, deletedAt: true } },
    },
  });
  if (!reports.length) return [];
  const settled = await db.moderationEvent.findMany({
    where: {
      action: { in: [...SETTLING] },
      annotationId: { in: reports.map((r) => r.annotationId!).filter(Boolean) },
    },
    select: { annotationId: true, replyId: true, createdAt: true },
  });
  const settledAt = (r: (typeof reports)[number]) =>
    settled.some(
      (s) =>
        s.annotationId === r.annotationId && s.replyId === r.replyId && s.createdAt >= r.createdAt,
    );
  return reports
    .filter((r) => !settledAt(r) && !(r.reply ?? r.annotation)?.deletedAt)
    .map((r) => ({
      id: r.id,
      reason: r.reason ?? '',
      createdAt: r.createdAt.toISOString(),
      reporter: r.actor,
      noteId: r.annotationId!,
      target: r.replyId ? { replyId: r.replyId } : { annotationId: r.annotationId! },
      document: r.annotation!.document,
      text: excerpt((r.reply ?? r.annotation)!.bodyText || r.annotation!.quoteExact, 200),
      hidden: (r.reply ?? r.annotation)!.hiddenAt !== null,
    }));
}
