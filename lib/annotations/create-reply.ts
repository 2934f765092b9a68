import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import { notifyForComment } from '../notifications/notify-for-comment';
import { loadAnnotationFor } from './load-annotation-for';
import { mentionedUserIds } from './mentioned-user-ids';
import { toCommentBody } from './to-comment-body';

/** Adds a reply to a note the actor can read (not one hidden by a moderator). */
export async function createReply(options: {
  actor: { id: string };
  annotationId: string;
  body: unknown;
}) {
  const note = await loadAnnotationFor(options.actor, options.annotationId, 'reply');
  const comment = toCommentBody(options.body);
  if (!comment) throw new ValidationError('Write something before sending the reply.');
  const reply = await getDb().$transaction(async (tx) => {
    const row = await tx.reply.create({
      data: {
        annotationId: note.id,
        authorId: options.actor.id,
        body: comment.body as object,
        bodyText: comment.bodyText,
      },
      select: { id: true },
    });
    await publishChange(tx, { type: 'note', documentId: note.documentId, noteId: note.id });
    return row;
  });
  await notifyForComment({
    actorId: options.actor.id,
    annotationId: note.id,
    replyId: reply.id,
    mentionedUserIds: mentionedUserIds(comment.body),
  });
  return reply;
}
