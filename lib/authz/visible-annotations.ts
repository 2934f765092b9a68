import type { Prisma } from '../db/generated/client';
import type { CourseRole } from '../db/generated/enums';
import { isCourseModerator } from './can';

/**
 * The read rule of `can(actor, 'read', annotation)` as a query filter over one
 * document's annotations, for an actor who may read that document: their own notes,
 * public ones, course ones when they are in the course (or own the document), and
 * hidden ones only for moderators. Kept beside the policy; a test checks they agree.
 * With `actorId` null it is the view shared by a whole audience (a margin room): what
 * any member sees of notes that are not their own. A student an assignment still hides
 * classmates' notes from (`peersHidden`) sees only their own notes and the prompts.
 */
export function visibleAnnotationsWhere(
  actorId: string | null,
  document: { ownerId: string; actorCourseRole: CourseRole | null; peersHidden: boolean },
): Prisma.AnnotationWhereInput {
  const audience: Prisma.AnnotationWhereInput[] = [{ visibility: 'PUBLIC' }];
  if (actorId) audience.push({ authorId: actorId });
  if (document.actorCourseRole !== null || (actorId !== null && document.ownerId === actorId))
    audience.push({ visibility: 'COURSE' });
  const notHidden = isCourseModerator(document.actorCourseRole)
    ? {}
    : { OR: [{ hiddenAt: null }, ...(actorId ? [{ authorId: actorId }] : [])] };
  const gate = document.peersHidden
    ? { OR: [{ kind: 'PROMPT' as const }, ...(actorId ? [{ authorId: actorId }] : [])] }
    : {};
  return { AND: [{ OR: audience }, notHidden, gate] };
}
