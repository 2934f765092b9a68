import { can, type Action, type Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { ARCHIVED_MESSAGE, ForbiddenError, NotFoundError } from '../errors/app-error';

const MESSAGES: Partial<Record<Action, string>> = {
  update: 'Only the owner of this document can edit it.',
  delete: 'Only the owner of this document can delete it.',
  move: 'Only the owner of this document can move it.',
};

/**
 * Loads a document's policy facts and checks `action` against the policy: a document
 * the actor may not read is "not found"; one they can read but not change is 403.
 */
export async function loadDocumentFor(actor: Actor, documentId: string, action: Action) {
  const document = await getDb().document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      ownerId: true,
      courseId: true,
      currentVersionId: true,
      assignments: {
        where: { allowLate: false, dueAt: { lt: new Date() } },
        select: { title: true },
        take: 1,
      },
      course: {
        select: {
          archivedAt: true,
          memberships: { where: { userId: actor?.id ?? '' }, select: { role: true } },
        },
      },
    },
  });
  if (!document) throw new NotFoundError();
  const resource = {
    type: 'document' as const,
    ownerId: document.ownerId,
    actorCourseRole: document.course?.memberships[0]?.role ?? null,
    courseArchived: !!document.course?.archivedAt,
    assignmentClosed: document.assignments.length > 0,
  };
  if (!can(actor, 'read', resource)) throw new NotFoundError();
  if (action !== 'read' && !can(actor, action, resource)) {
    throw new ForbiddenError(
      resource.courseArchived && action !== 'delete' && action !== 'move'
        ? ARCHIVED_MESSAGE
        : action === 'annotate' && resource.assignmentClosed
          ? `“${document.assignments[0]!.title}” is past due and takes no late notes.`
          : (MESSAGES[action] ?? 'You may not do that to this document.'),
    );
  }
  return { ...document, actorCourseRole: resource.actorCourseRole, resource };
}
