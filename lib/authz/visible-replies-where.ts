import type { Prisma } from '../db/generated/client';
import type { CourseRole } from '../db/generated/enums';
import { isCourseModerator } from './can';

/**
 * The read rule of `can(actor, 'read', reply)` for replies under a note the actor may
 * see, as a query filter: never deleted ones; hidden ones only for their author and
 * the course's moderators. With `actorId` null, the view shared by a whole audience.
 * While classmates' notes are hidden from a student, so are their replies.
 */
export function visibleRepliesWhere(
  actorId: string | null,
  document: { actorCourseRole: CourseRole | null; peersHidden: boolean },
): Prisma.ReplyWhereInput {
  if (document.peersHidden) return { deletedAt: null, authorId: actorId ?? '' };
  if (isCourseModerator(document.actorCourseRole)) return { deletedAt: null };
  return {
    deletedAt: null,
    OR: [{ hiddenAt: null }, ...(actorId ? [{ authorId: actorId }] : [])],
  };
}
