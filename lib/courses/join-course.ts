import type { z } from 'zod';
import { getDb } from '../db/prisma';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { normalizeJoinCode } from './course-codes';
import type { joinCourseInput } from './course-input';

/**
 * A signed-in user joins a course as a student with its join code or invite link.
 * Joining again changes nothing. A wrong or replaced code, one that is turned off, and
 * an archived course each get a sentence that says what to do.
 */
export async function joinCourse(options: {
  actor: { id: string };
  input: z.infer<typeof joinCourseInput>;
}) {
  const db = getDb();
  const { code, invite } = options.input;
  const course = await db.course.findUnique({
    where: code ? { joinCode: normalizeJoinCode(code) } : { inviteToken: invite! },
    select: { id: true, title: true, archivedAt: true, joinCodeEnabled: true, inviteEnabled: true },
  });
  if (!course)
    throw new NotFoundError(
      code
        ? 'That join code is not valid, or it has been replaced. Check it with your instructor.'
        : 'That invite link is not valid, or it has been replaced. Ask your instructor for a new one.',
    );
  if (code ? !course.joinCodeEnabled : !course.inviteEnabled)
    throw new ConflictError(
      `Joining “${course.title}” by ${code ? 'code' : 'invite link'} is turned off; ask your instructor to let you in.`,
    );
  if (course.archivedAt)
    throw new ConflictError(`“${course.title}” is archived and takes no new members.`);
  await db.membership.upsert({
    where: { courseId_userId: { courseId: course.id, userId: options.actor.id } },
    create: { courseId: course.id, userId: options.actor.id, role: 'STUDENT' },
    update: {},
  });
  return { id: course.id, title: course.title };
}
