import { can } from '../authz/can';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/app-error';

/**
 * An instructor removes someone from a course (or a member leaves it). The last
 * instructor cannot go, so a course is never left without one. Their open collab
 * sockets to the course's rooms are closed once the change commits.
 */
export async function removeMember(options: {
  actor: { id: string };
  courseId: string;
  userId: string;
}): Promise<void> {
  const db = getDb();
  const course = await db.course.findUnique({
    where: { id: options.courseId },
    select: {
      archivedAt: true,
      memberships: { select: { userId: true, role: true } },
    },
  });
  const actorRole = course?.memberships.find((m) => m.userId === options.actor.id)?.role ?? null;
  if (!course || !actorRole)
    throw new NotFoundError('That course does not exist, or you are not in it.');
  const leaving = options.userId === options.actor.id;
  const resource = { type: 'course' as const, actorRole, archived: !!course.archivedAt };
  if (!leaving && !can(options.actor, 'manage', resource))
    throw new ForbiddenError('Only an instructor of this course can remove its members.');
  const member = course.memberships.find((m) => m.userId === options.userId);
  if (!member) throw new NotFoundError('That person is not a member of this course.');
  const instructors = course.memberships.filter((m) => m.role === 'INSTRUCTOR').length;
  if (member.role === 'INSTRUCTOR' && instructors === 1)
    throw new ConflictError('A course needs an instructor; make someone else one first.');
  await db.$transaction(async (tx) => {
    await tx.membership.delete({
      where: { courseId_userId: { courseId: options.courseId, userId: options.userId } },
    });
    await publishChange(tx, { type: 'access', userId: options.userId, courseId: options.courseId });
  });
}
