import { publishChange } from '../collab/publish-change';
import { loadCourseFor } from '../courses/load-course-for';
import { getDb } from '../db/prisma';
import { NotFoundError } from '../errors/app-error';

/** An instructor withdraws an assignment; the notes written for it stay. */
export async function deleteAssignment(options: { actor: { id: string }; assignmentId: string }) {
  const db = getDb();
  const assignment = await db.assignment.findUnique({
    where: { id: options.assignmentId },
    select: { id: true, courseId: true, documentId: true },
  });
  if (!assignment) throw new NotFoundError('That assignment does not exist.');
  await loadCourseFor(options.actor, assignment.courseId, 'manage');
  await db.$transaction(async (tx) => {
    await tx.assignment.delete({ where: { id: assignment.id } });
    // Its hide-until-post may have been what kept students apart from classmates' notes.
    await publishChange(tx, { type: 'document', documentId: assignment.documentId });
  });
}
