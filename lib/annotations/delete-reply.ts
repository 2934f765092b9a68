import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { loadReplyFor } from './load-reply-for';

/**
 * The author deletes a reply. It is kept, marked deleted, for moderation's record, and
 * no longer shown; replies hold no thread below them, so no placeholder is needed.
 */
export async function deleteReply(options: { actor: { id: string }; replyId: string }) {
  const reply = await loadReplyFor(options.actor, options.replyId, 'delete');
  await getDb().$transaction(async (tx) => {
    await tx.reply.update({ where: { id: reply.id }, data: { deletedAt: new Date() } });
    await publishChange(tx, {
      type: 'note',
      documentId: reply.documentId,
      noteId: reply.annotationId,
    });
  });
}
