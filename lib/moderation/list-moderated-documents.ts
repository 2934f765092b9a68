import { moderatedCoursesWhere } from '../authz/moderated-courses-where';
import { getDb } from '../db/prisma';

/** The documents of the courses `actor` moderates, by title: the queue's document filter. */
export async function listModeratedDocuments(actor: { id: string }) {
  return getDb().document.findMany({
    where: { course: moderatedCoursesWhere(actor.id) },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
    take: 500,
  });
}
