import { getDb } from '../db/prisma';
import { loadModerationTarget, type ModerationTarget } from './moderation-target';

/**
 * A reader reports someone else's note or reply as abusive. The report waits in the
 * moderators' queue and the audit log; reporting the same thing twice records it once.
 */
export async function reportContent(options: {
  actor: { id: string };
  target: ModerationTarget;
  reason: string;
}) {
  const found = await loadModerationTarget(options.actor, options.target, 'report');
  const db = getDb();
  const earlier = await db.moderationEvent.findFirst({
    where: {
      action: 'REPORT',
      actorId: options.actor.id,
      annotationId: found.noteId,
      replyId: found.replyId,
    },
    select: { id: true },
  });
  if (earlier) return { id: earlier.id };
  return db.moderationEvent.create({
    data: {
      courseId: found.courseId,
      actorId: options.actor.id,
      action: 'REPORT',
      annotationId: found.noteId,
      replyId: found.replyId,
      reason: options.reason,
    },
    select: { id: true },
  });
}
