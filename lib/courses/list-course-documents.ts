import { getDb } from '../db/prisma';
import { loadCourseFor } from './load-course-for';

/** A course's documents by title, for its members: what can be assigned. */
export async function listCourseDocuments(actor: { id: string }, courseId: string) {
  await loadCourseFor(actor, courseId, 'read');
  return getDb().document.findMany({
    where: { courseId },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
  });
}
