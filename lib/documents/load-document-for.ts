import { can, type Action, type Actor } from '../authz/can';
import {
  hidingAssignmentsWhere,
  peerGate,
  revealingSessionsSelect,
} from '../assignments/peer-gate';
import { getDb } from '../db/prisma';
import { ARCHIVED_MESSAGE, ForbiddenError, NotFoundError } from '../errors/app-error';

const MESSAGES: Partial<Record<Action, string>> = {
  update: 'Only the owner of this document can edit it.',
  delete: 'Only the owner of this document can delete it.',
  move: 'Only the owner of this document can move it.',
};

/**
 * Loads a document's policy facts and checks `action` against the policy: a document
 * the actor may not read is "not found"; one they can read but not change is 403. For a
 * student an assignment still hides classmates' notes from, `gate` says how many to post.
 */
export async function loadDocumentFor(actor: Actor, documentId: string, action: Action) {
  const document = await getDb().document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      ownerId: true,
      courseId: true,
      currentVersionId: true,
      // Those closed to late work, hiding classmates' notes, or anonymous to peers.
      assignments: {
        where: {
          OR: [
            { allowLate: false, dueAt: { lt: new Date() } },
            hidingAssignmentsWhere,
            { anonymousToPeers: true },
          ],
        },
        select: {
          title: true,
          allowLate: true,
          dueAt: true,
          hideUntilPostCount: true,
          revealedAt: true,
          anonymousToPeers: true,
        },
      },
      liveSessions: revealingSessionsSelect,
      course: {
        select: {
          archivedAt: true,
          memberships: { where: { userId: actor?.id ?? '' }, select: { role: true } },
        },
      },
    },
  });
  if (!document) throw new NotFoundError();
  const now = new Date();
  const closed = document.assignments.find((a) => !a.allowLate && a.dueAt && a.dueAt < now);
  const actorCourseRole = document.course?.memberships[0]?.role ?? null;
  const gate = actor ? await peerGate(document, actor.id, actorCourseRole) : null;
  const resource = {
    type: 'document' as const,
    ownerId: document.ownerId,
    actorCourseRole,
    courseArchived: !!document.course?.archivedAt,
    assignmentClosed: closed !== undefined,
    peersHidden: gate !== null,
  };
  if (!can(actor, 'read', resource)) throw new NotFoundError();
  if (action !== 'read' && !can(actor, action, resource)) {
    throw new ForbiddenError(
      resource.courseArchived && action !== 'delete' && action !== 'move'
        ? ARCHIVED_MESSAGE
        : action === 'annotate' && resource.assignmentClosed
          ? `“${closed!.title}” is past due and takes no late notes.`
          : (MESSAGES[action] ?? 'You may not do that to this document.'),
    );
  }
  return {
    id: document.id,
    ownerId: document.ownerId,
    courseId: document.courseId,
    currentVersionId: document.currentVersionId,
    course: document.course,
    actorCourseRole,
    peersHidden: resource.peersHidden,
    /** Students see other students as "Classmate" here (see `peerPseudonyms`). */
    anonymousPeers:
      actorCourseRole === 'STUDENT' && document.assignments.some((a) => a.anonymousToPeers),
    gate,
    resource,
  };
}
