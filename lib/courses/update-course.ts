import type { z } from 'zod';
import { getDb } from '../db/prisma';
import { newInviteToken, newJoinCode } from './course-codes';
import type { updateCourseInput } from './course-input';
import { loadCourseFor } from './load-course-for';

/**
 * An instructor renames a course, turns joining by code or by link on or off, replaces
 * the code or the link (the old one stops working at once), or archives the course
 * (read-only) and brings it back.
 */
export async function updateCourse(options: {
  actor: { id: string };
  courseId: string;
  input: z.infer<typeof updateCourseInput>;
}) {
  const { archived, regenerate, ...rest } = options.input;
  const changesMore = Object.values(rest).some((v) => v !== undefined) || regenerate !== undefined;
  if (archived !== undefined) await loadCourseFor(options.actor, options.courseId, 'archive');
  // Bringing a course back comes first, so the rest of the change applies to it live.
  if (changesMore && archived !== false)
    await loadCourseFor(options.actor, options.courseId, 'manage');
  return getDb().course.update({
    where: { id: options.courseId },
    data: {
      ...rest,
      ...(archived !== undefined ? { archivedAt: archived ? new Date() : null } : {}),
      ...(regenerate === 'joinCode' ? { joinCode: newJoinCode() } : {}),
      ...(regenerate === 'invite' ? { inviteToken: newInviteToken() } : {}),
    },
    select: {
      id: true,
      title: true,
      term: true,
      archivedAt: true,
      joinCode: true,
      joinCodeEnabled: true,
      inviteToken: true,
      inviteEnabled: true,
    },
  });
}
