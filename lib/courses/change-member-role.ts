import { publishChange } from '../collab/publish-change';
import type { CourseRole } from '../db/generated/enums';
import { getDb } from '../db/prisma';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { loadCourseFor } from './load-course-for';

/**
 * An instructor gives a member another role. The last instructor keeps theirs, so a
 * course always has one; the member's open rooms are re-checked once it commits.
 */
export async function changeMemberRole(options: {
  actor: { id: string };
  courseId: string;
  userId: string;
  role: CourseRole;
}) {
  await loadCourseFor(options.actor, options.courseId, 'manage');
  const db = getDb();
  return db.$transaction(async (tx) => {
    // Two instructors demoting each other at once must not leave the course with none.
    await tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = ${options.courseId} FOR UPDATE`;
    const members = await tx.membership.findMany({
      where: { courseId: options.courseId },
      select: { userId: true, role: true },
    });
    const member = members.find((m) => m.userId === options.userId);
    if (!member) throw new NotFoundError('That person is not a member of this course.');
    const instructors = members.filter((m) => m.role === 'INSTRUCTOR').length;
    if (member.role === 'INSTRUCTOR' && options.role !== 'INSTRUCTOR' && instructors === 1)
      throw new ConflictError('A course needs an instructor; make someone else one first.');
    await tx.membership.update({
      where: { courseId_userId: { courseId: options.courseId, userId: options.userId } },
      data: { role: options.role },
    });
    await publishChange(tx, { type: 'access', userId: options.userId, courseId: options.courseId });
    return { userId: options.userId, role: options.role.toLowerCase() };
  });
}
