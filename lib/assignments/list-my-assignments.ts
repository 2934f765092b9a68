import { can } from '../authz/can';
import { getDb } from '../db/prisma';
import { assignmentSummarySelect, summarizeAssignments } from './summarize-assignments';

/**
 * Every assignment in every course the actor belongs to, archived courses included and
 * marked, soonest due first (no due date last), each with its course, document, settings
 * and the actor's progress, as `listAssignments` gives them for one course.
 */
export async function listMyAssignments(actor: { id: string }, now = new Date()) {
  const db = getDb();
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    select: { role: true, course: { select: { id: true, title: true, archivedAt: true } } },
  });
  const courses = new Map(
    memberships
      .filter((m) =>
        can(actor, 'read', {
          type: 'course',
          actorRole: m.role,
          archived: m.course.archivedAt !== null,
        }),
      )
      .map((m) => [m.course.id, m.course]),
  );
  if (!courses.size) return [];
  const rows = await db.assignment.findMany({
    where: { courseId: { in: [...courses.keys()] } },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
    select: { ...assignmentSummarySelect, courseId: true },
  });
  const items = await summarizeAssignments(actor, rows, now);
  return items.map((item, i) => {
    const course = courses.get(rows[i]!.courseId)!;
    return {
      ...item,
      course: { id: course.id, title: course.title },
      archived: course.archivedAt !== null,
    };
  });
}
