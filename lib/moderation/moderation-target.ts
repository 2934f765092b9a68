import type { Action, Actor } from '../authz/can';
import { loadAnnotationFor } from '../annotations/load-annotation-for';
import { loadReplyFor } from '../annotations/load-reply-for';

/** A note or a reply that a moderation action is about. */
export type ModerationTarget = { annotationId: string } | { replyId: string };

/**
 * Loads what a moderation action is about and checks `action` on it, returning the
 * ids the audit log and the live margin need.
 */
export async function loadModerationTarget(actor: Actor, target: ModerationTarget, action: Action) {
  if ('replyId' in target) {
    const reply = await loadReplyFor(actor, target.replyId, action);
    const note = await loadAnnotationFor(actor, reply.annotationId, 'read');
    return {
      noteId: reply.annotationId,
      replyId: reply.id,
      authorId: reply.authorId,
      documentId: note.documentId,
      courseId: note.document.courseId,
      hidden: reply.hiddenAt !== null,
    };
  }
  const note = await loadAnnotationFor(actor, target.annotationId, action);
  return {
    noteId: note.id,
    replyId: null,
    authorId: note.authorId,
    documentId: note.documentId,
    courseId: note.document.courseId,
    hidden: note.hiddenAt !== null,
  };
}
