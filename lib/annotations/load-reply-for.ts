import { can, type Action, type Actor, type ReplyResource } from '../authz/can';
import { getDb } from '../db/prisma';
import { ForbiddenError, NotFoundError } from '../errors/app-error';
import { loadAnnotationFor } from './load-annotation-for';

const NOT_FOUND = 'That reply does not exist, or you do not have access to it.';
const MESSAGES: Partial<Record<Action, string>> = {
  moderate: 'Only moderators and instructors of this course can do that.',
  report: 'You cannot report your own reply.',
};

/** Loads a reply and checks `action` on it: unreadable (or deleted) is 404, refused is 403. */
export async function loadReplyFor(actor: Actor, replyId: string, action: Action) {
  const row = await getDb().reply.findUnique({
    where: { id: replyId },
    select: {
      id: true,
      annotationId: true,
      authorId: true,
      body: true,
      hiddenAt: true,
      deletedAt: true,
    },
  });
  if (!row || row.deletedAt) throw new NotFoundError(NOT_FOUND);
  const note = await loadAnnotationFor(actor, row.annotationId, 'read').catch(() => {
    throw new NotFoundError(NOT_FOUND);
  });
  const resource: ReplyResource = {
    type: 'reply',
    authorId: row.authorId,
    hidden: row.hiddenAt !== null,
    note: note.resource,
  };
  if (!can(actor, 'read', resource)) throw new NotFoundError(NOT_FOUND);
  if (action !== 'read' && !can(actor, action, resource)) {
    throw new ForbiddenError(
      MESSAGES[action] ?? 'Only the author of this reply can change or delete it.',
    );
  }
  return { ...row, documentId: note.documentId, resource };
}
