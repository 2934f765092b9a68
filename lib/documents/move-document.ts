import type { Actor } from '../authz/can';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { assertCanAddToCourse } from './assert-can-add-to-course';
import { loadDocumentFor } from './load-document-for';

/**
 * Moves a document into a course (the owner must be allowed to add documents there),
 * or back out of any course when `courseId` is null.
 */
export async function moveDocument(options: {
  actor: Actor;
  documentId: string;
  courseId: string | null;
}) {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'move');
  if (options.courseId) await assertCanAddToCourse(options.actor, options.courseId);
  // Its readers change with its course: rooms are rebuilt and open sockets re-checked.
  return getDb().$transaction(async (tx) => {
    const moved = await tx.document.update({
      where: { id: doc.id },
      data: { courseId: options.courseId },
      select: { id: true, courseId: true },
    });
    await publishChange(tx, { type: 'document', documentId: doc.id });
    return moved;
  });
}
