import { loadCourseFor } from '../courses/load-course-for';
import { getDb } from '../db/prisma';
import { NotFoundError } from '../errors/app-error';

/** An instructor withdraws an assignment; the notes written for it stay. */
export async function deleteAssignment(options: { actor: { id: string }; assignmentId: string }) {
  const db = getDb();
  const assignment = await db.assignment.findUnique({
    where: { id: options.assignmentId },
    select: { id: true, courseId: true },
  });
  if (!assignment) throw new NotFoundError('That assignment does not exist.');
  await loadCourseFor(options.actor, assignment.courseId, 'manage');
  await db.assignment.delete({ where: { id: assignment.id } });
}
