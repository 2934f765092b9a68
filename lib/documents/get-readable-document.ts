import { can, type Actor } from '../authz/can';
import { getDb } from '../db/prisma';

/**
 * A document and its current version, if `actor` may read it; null otherwise, so
 * callers answer "not found" without revealing that it exists.
 */
export async function getReadableDocument(actor: Actor, documentId: string) {
  const document = await getDb().document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      author: true,
      sourceUrl: true,
      ownerId: true,
      course: {
        select: {
          id: true,
          title: true,
          memberships: { where: { userId: actor?.id ?? '' }, select: { role: true } },
        },
      },
      currentVersion: {
        select: { id: true, number: true, content: true, text: true, createdAt: true },
      },
    },
  });
  if (!document) return null;
  const actorCourseRole = document.course?.memberships[0]?.role ?? null;
  if (!can(actor, 'read', { type: 'document', ownerId: document.ownerId, actorCourseRole }))
    return null;
  return document;
}
