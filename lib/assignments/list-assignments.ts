import { loadCourseFor } from '../courses/load-course-for';
import { getDb } from '../db/prisma';
import { assignmentSummarySelect, summarizeAssignments } from './summarize-assignments';

/**
 * A course's assignments, soonest due first (no due date last), each with its settings,
 * its document's reading-prompt count, and the viewer's own progress: how many notes
 * they have on the document, and whether they wrote any after it was due (late) or have
 * none and it is past due (missing).
 */
export async function listAssignments(actor: { id: string }, courseId: string, now = new Date()) {
  await loadCourseFor(actor, courseId, 'read');
  const rows = await getDb().assignment.findMany({
    where: { courseId },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: assignmentSummarySelect,
  });
  return summarizeAssignments(actor, rows, now);
}
