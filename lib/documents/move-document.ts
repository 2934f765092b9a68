import type { Actor } from '../authz/can';
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
  return getDb().document.update({
    where: { id: doc.id },
    data: { courseId: options.courseId },
    select: { id: true, courseId: true },
  });
}
