import { moderatedCoursesWhere } from '../authz/moderated-courses-where';
import { getDb } from '../db/prisma';

/**
 * The documents and members of the courses `actor` moderates, by title and name: the
 * choices of the queue's document and author filters.
 */
export async function listModerationChoices(actor: { id: string }) {
  const db = getDb();
  const [documents, members] = await Promise.all([
    db.document.findMany({
      where: { course: moderatedCoursesWhere(actor.id) },
      orderBy: { title: 'asc' },
      select: { id: true, title: true },
      take: 500,
    }),
    db.user.findMany({
      where: { memberships: { some: { course: moderatedCoursesWhere(actor.id) } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
      take: 500,
    }),
  ]);
  return { documents, members };
}
