import { can, type Action, type Actor, type CourseResource } from '../authz/can';
import { getDb } from '../db/prisma';
import { ForbiddenError, NotFoundError } from '../errors/app-error';

const MESSAGES: Partial<Record<Action, string>> = {
  manage: 'Only the instructors of an active course can change its settings.',
  audit: 'Only the instructors of this course can read its audit log.',
  archive: 'Only the instructors of this course can archive it.',
  participation: 'Only the instructors of this course can see its participation.',
};

/** Loads a course's policy facts and checks `action`: a non-member gets 404, a refused member 403. */
export async function loadCourseFor(actor: Actor, courseId: string, action: Action) {
  const course = await getDb().course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      archivedAt: true,
      title: true,
      memberships: { where: { userId: actor?.id ?? '' }, select: { role: true } },
    },
  });
  const actorRole = course?.memberships[0]?.role ?? null;
  if (!course || !actorRole)
    throw new NotFoundError('That course does not exist, or you are not a member of it.');
  const resource: CourseResource = {
    type: 'course',
    actorRole,
    archived: course.archivedAt !== null,
  };
  if (!can(actor, action, resource))
    throw new ForbiddenError(MESSAGES[action] ?? 'You may not do that in this course.');
  return { id: course.id, title: course.title, resource };
}
