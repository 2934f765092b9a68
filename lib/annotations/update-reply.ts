import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import { notifyForComment } from '../notifications/notify-for-comment';
import type { DocNode } from '../documents/doc-node';
import { loadReplyFor } from './load-reply-for';
import { mentionedUserIds } from './mentioned-user-ids';
import { toCommentBody } from './to-comment-body';

/**
 * The author rewrites a reply, which is then shown as edited. People it newly
 * @mentions are notified; those already mentioned are not notified again.
 */
export async function updateReply(options: {
  actor: { id: string };
  replyId: string;
  body: unknown;
}) {
  const reply = await loadReplyFor(options.actor, options.replyId, 'update');
  const comment = toCommentBody(options.body);
  if (!comment) throw new ValidationError('A reply cannot be empty; delete it instead.');
  await getDb().$transaction(async (tx) => {
    await tx.reply.update({
      where: { id: reply.id },
      data: { body: comment.body as object, bodyText: comment.bodyText, editedAt: new Date() },
    });
    await publishChange(tx, {
      type: 'note',
      documentId: reply.documentId,
      noteId: reply.annotationId,
    });
  });
  const before = new Set(mentionedUserIds(reply.body as unknown as DocNode));
  await notifyForComment({
    actorId: options.actor.id,
    annotationId: reply.annotationId,
    replyId: reply.id,
    mentionedUserIds: mentionedUserIds(comment.body).filter((id) => !before.has(id)),
    notifyNoteAuthor: false,
  });
  return { id: reply.id };
}
