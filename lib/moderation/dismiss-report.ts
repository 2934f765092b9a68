import { getDb } from '../db/prisma';
import { loadModerationTarget, type ModerationTarget } from './moderation-target';

/** A moderator looks at reported content, finds it acceptable and settles its reports. */
export async function dismissReport(options: {
  actor: { id: string };
  target: ModerationTarget;
  reason: string;
}) {
  const found = await loadModerationTarget(options.actor, options.target, 'moderate');
  await getDb().moderationEvent.create({
    data: {
      courseId: found.courseId,
      actorId: options.actor.id,
      action: 'DISMISS',
      annotationId: found.noteId,
      replyId: found.replyId,
      reason: options.reason,
    },
  });
}
