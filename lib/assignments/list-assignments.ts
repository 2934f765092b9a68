import { loadCourseFor } from '../courses/load-course-for';
import { getDb } from '../db/prisma';

/**
 * A course's assignments, soonest due first, each with the viewer's own progress: how
 * many notes they have on the document, and whether they wrote any after it was due
 * (late) or have none and it is past due (missing).
 */
export async function listAssignments(actor: { id: string }, courseId: string, now = new Date()) {
  await loadCourseFor(actor, courseId, 'read');
  const db = getDb();
  const assignments = await db.assignment.findMany({
    where: { courseId },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      instructions: true,
      dueAt: true,
      allowLate: true,
      document: { select: { id: true, title: true } },
    },
  });
  if (!assignments.length) return [];
  const mine = await db.annotation.findMany({
    where: {
      authorId: actor.id,
      deletedAt: null,
      documentId: { in: assignments.map((a) => a.document.id) },
    },
    select: { documentId: true, createdAt: true },
  });
  return assignments.map((a) => {
    const notes = mine.filter((n) => n.documentId === a.document.id);
    const late = !!a.dueAt && notes.some((n) => n.createdAt > a.dueAt!);
    const missing = !!a.dueAt && a.dueAt < now && notes.length === 0;
    return {
      id: a.id,
      title: a.title,
      instructions: a.instructions,
      dueAt: a.dueAt?.toISOString() ?? null,
      allowLate: a.allowLate,
      document: a.document,
      progress: { notes: notes.length, late, missing },
    };
  });
}
