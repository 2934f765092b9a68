import { can, type Action, type Actor, type AnnotationResource } from '../authz/can';
import {
  hidingAssignmentsWhere,
  peerGate,
  revealingSessionsSelect,
} from '../assignments/peer-gate';
import { getDb } from '../db/prisma';
import { ARCHIVED_MESSAGE, ForbiddenError, NotFoundError } from '../errors/app-error';

const NOT_FOUND = 'That note does not exist, or you do not have access to it.';
const MESSAGES: Partial<Record<Action, string>> = {
  update: 'Only the author of this note can change it.',
  delete: 'Only the author of this note can delete it.',
  reply: 'This note is hidden by a moderator, so it takes no replies.',
  moderate: 'Only moderators and instructors of this course can do that.',
  cite: 'Only the author of this note can attach sources to it; claims take evidence from any member.',
  report: 'You cannot report your own note.',
};

/** Loads an annotation with its policy facts and checks `action`: unreadable is 404, refused is 403. */
export async function loadAnnotationFor(actor: Actor, annotationId: string, action: Action) {
  const row = await getDb().annotation.findUnique({
    where: { id: annotationId },
    select: {
      id: true,
      kind: true,
      claimStatus: true,
      documentId: true,
      authorId: true,
      body: true,
      visibility: true,
      hiddenAt: true,
      deletedAt: true,
      document: {
        select: {
          id: true,
          ownerId: true,
          courseId: true,
          assignments: {
            where: hidingAssignmentsWhere,
            select: { hideUntilPostCount: true, revealedAt: true },
          },
          liveSessions: revealingSessionsSelect,
          course: {
            select: {
              archivedAt: true,
              memberships: { where: { userId: actor?.id ?? '' }, select: { role: true } },
            },
          },
        },
      },
    },
  });
  if (!row) throw new NotFoundError(NOT_FOUND);
  const role = row.document.course?.memberships[0]?.role ?? null;
  const gate = actor ? await peerGate(row.document, actor.id, role) : null;
  const resource: AnnotationResource = {
    type: 'annotation',
    kind: row.kind,
    authorId: row.authorId,
    visibility: row.visibility,
    hidden: row.hiddenAt !== null,
    document: {
      type: 'document',
      ownerId: row.document.ownerId,
      actorCourseRole: role,
      courseArchived: !!row.document.course?.archivedAt,
      // Late-work rules are about new notes on the document, not about this one.
      assignmentClosed: false,
      peersHidden: gate !== null,
    },
  };
  if (!can(actor, 'read', resource)) throw new NotFoundError(NOT_FOUND);
  if (action !== 'read' && !can(actor, action, resource)) {
    throw new ForbiddenError(
      resource.document.courseArchived
        ? ARCHIVED_MESSAGE
        : (MESSAGES[action] ?? 'You may not do that to this note.'),
    );
  }
  if (row.deletedAt && action !== 'read') throw new NotFoundError('That note was deleted.');
  return { ...row, resource };
}
