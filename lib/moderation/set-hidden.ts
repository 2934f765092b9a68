import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ConflictError } from '../errors/app-error';
import { loadModerationTarget, type ModerationTarget } from './moderation-target';

/**
 * A moderator or instructor hides a note or reply (or shows it again), with a reason.
 * Hidden content is seen only by its author, marked as hidden, and by moderators; the
 * action is kept in the audit log and open margins drop or regain it at once.
 */
export async function setHidden(options: {
  actor: { id: string };
  target: ModerationTarget;
  hidden: boolean;
  reason: string;
}) {
  const found = await loadModerationTarget(options.actor, options.target, 'moderate');
  // A second moderator's click on the same thing records nothing twice.
  if (found.hidden === options.hidden)
    throw new ConflictError(
      `That ${found.replyId ? 'reply' : 'note'} is already ${options.hidden ? 'hidden' : 'shown'}; reload to see its state.`,
    );
  const data = options.hidden
    ? { hiddenAt: new Date(), hiddenById: options.actor.id, hiddenReason: options.reason }
    : { hiddenAt: null, hiddenById: null, hiddenReason: null };
  await getDb().$transaction(async (tx) => {
    if (found.replyId) await tx.reply.update({ where: { id: found.replyId }, data });
    else await tx.annotation.update({ where: { id: found.noteId }, data });
    await tx.moderationEvent.create({
      data: {
        courseId: found.courseId,
        actorId: options.actor.id,
        action: options.hidden ? 'HIDE' : 'UNHIDE',
        annotationId: found.noteId,
        replyId: found.replyId,
        reason: options.reason,
      },
    });
    await publishChange(tx, { type: 'note', documentId: found.documentId, noteId: found.noteId });
  });
  return { id: found.replyId ?? found.noteId, hidden: options.hidden };
}
