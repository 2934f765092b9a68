import { can } from '../authz/can';
import { getDb } from '../db/prisma';
import { loadCourseFor } from './load-course-for';

/**
 * A course as a member sees it: title, term, state and the roster with roles. Its
 * instructors also get the join code and invite token, and whether each is on.
 */
export async function getCourse(actor: { id: string }, courseId: string) {
  const { resource } = await loadCourseFor(actor, courseId, 'read');
  const course = await getDb().course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      title: true,
      term: true,
      archivedAt: true,
      defaultVisibility: true,
      joinCode: true,
      joinCodeEnabled: true,
      inviteToken: true,
      inviteEnabled: true,
      memberships: {
        orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
        select: {
          role: true,
          createdAt: true,
          user: { select: { id: true, name: true, email: true } },
        },
      },
    },
  });
  const manages = can(actor, 'archive', resource);
  return {
    id: course.id,
    title: course.title,
    term: course.term,
    archived: course.archivedAt !== null,
    defaultVisibility: course.defaultVisibility.toLowerCase(),
    role: resource.actorRole!.toLowerCase(),
    members: course.memberships.map((m) => ({
      id: m.user.id,
      name: m.user.name,
      // Addresses are for the people who run the course.
      ...(manages ? { email: m.user.email } : {}),
      role: m.role.toLowerCase(),
      joinedAt: m.createdAt.toISOString(),
    })),
    ...(manages
      ? {
          joinCode: course.joinCode,
          joinCodeEnabled: course.joinCodeEnabled,
          inviteToken: course.inviteToken,
          inviteEnabled: course.inviteEnabled,
        }
      : {}),
  };
}
