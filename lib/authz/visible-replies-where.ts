import type { Prisma } from '../db/generated/client';
import type { CourseRole } from '../db/generated/enums';
import { isCourseModerator } from './can';

/**
 * The read rule of `can(actor, 'read', reply)` for replies under a note the actor may
 * see, as a query filter: never deleted ones; hidden ones only for their author and
 * the course's moderators.
 */
export function visibleRepliesWhere(
  actorId: string,
  document: { actorCourseRole: CourseRole | null },
): Prisma.ReplyWhereInput {
  return isCourseModerator(document.actorCourseRole)
    ? { deletedAt: null }
    : { deletedAt: null, OR: [{ hiddenAt: null }, { authorId: actorId }] };
}
