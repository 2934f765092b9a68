import type { Prisma } from '../db/generated/client';
import type { CourseRole } from '../db/generated/enums';
import { isCourseModerator } from './can';

/**
 * The read rule of `can(actor, 'read', annotation)` as a query filter over one
 * document's annotations, for an actor who may read that document: their own notes,
 * public ones, course ones when they are in the course (or own the document), and
 * hidden ones only for moderators. Kept beside the policy; a test checks they agree.
 */
export function visibleAnnotationsWhere(
  actorId: string,
  document: { ownerId: string; actorCourseRole: CourseRole | null },
): Prisma.AnnotationWhereInput {
  const audience: Prisma.AnnotationWhereInput[] = [{ authorId: actorId }, { visibility: 'PUBLIC' }];
  if (document.actorCourseRole !== null || document.ownerId === actorId)
    audience.push({ visibility: 'COURSE' });
  const notHidden = isCourseModerator(document.actorCourseRole)
    ? {}
    : { OR: [{ hiddenAt: null }, { authorId: actorId }] };
  return { AND: [{ OR: audience }, notHidden] };
}
