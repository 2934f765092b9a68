import { can, type Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { ForbiddenError, NotFoundError } from '../errors/app-error';

/** Throws unless `actor` may put documents into `courseId` (instructors and moderators). */
export async function assertCanAddToCourse(actor: Actor, courseId: string): Promise<void> {
  const course = await getDb().course.findUnique({
    where: { id: courseId },
    select: {
      archivedAt: true,
      memberships: { where: { userId: actor?.id ?? '' }, select: { role: true } },
    },
  });
  const actorRole = course?.memberships[0]?.role ?? null;
  if (!course || !actorRole)
    throw new NotFoundError('That course does not exist, or you are not a member of it.');
  if (
    !can(actor, 'add-document', { type: 'course', actorRole, archived: course.archivedAt !== null })
  ) {
    throw new ForbiddenError(
      course.archivedAt
        ? 'That course is archived, so no documents can be added to it.'
        : 'Only instructors and moderators can add documents to a course.',
    );
  }
}
