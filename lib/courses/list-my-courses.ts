import { can } from '../authz/can';
import { getDb } from '../db/prisma';

/** The user's courses with their role, and whether they may add documents to each. */
export async function listMyCourses(userId: string) {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { course: { title: 'asc' } },
    select: {
      role: true,
      course: { select: { id: true, title: true, archivedAt: true, citationStyle: true } },
    },
  });
  return memberships.map((m) => ({
    id: m.course.id,
    title: m.course.title,
    role: m.role,
    citationStyle: m.course.citationStyle,
    archived: m.course.archivedAt !== null,
    canAddDocuments: can({ id: userId }, 'add-document', {
      type: 'course',
      actorRole: m.role,
      archived: m.course.archivedAt !== null,
    }),
  }));
}
