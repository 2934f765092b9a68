import type { NotebookResource } from '../authz/can';
import type { CourseRole } from '../db/generated/enums';
import { getDb } from '../db/prisma';

/** The policy facts of a document's course notebook, or null when it has no course. */
export async function loadNotebookResource(doc: {
  id: string;
  courseId: string | null;
  actorCourseRole: CourseRole | null;
}): Promise<NotebookResource | null> {
  if (!doc.courseId) return null;
  const course = await getDb().course.findUniqueOrThrow({
    where: { id: doc.courseId },
    select: {
      archivedAt: true,
      notebooks: { where: { documentId: doc.id }, select: { lockedAt: true } },
    },
  });
  return {
    type: 'notebook',
    locked: Boolean(course.notebooks[0]?.lockedAt),
    course: { type: 'course', actorRole: doc.actorCourseRole, archived: !!course.archivedAt },
  };
}
