import type { z } from 'zod';
import { getDb } from '../db/prisma';
import type { Visibility } from '../db/generated/enums';
import { newInviteToken, newJoinCode } from './course-codes';
import type { createCourseInput } from './course-input';

/** Any signed-in user creates a course and becomes its instructor; it starts with a join code and an invite link. */
export async function createCourse(options: {
  actor: { id: string };
  input: z.infer<typeof createCourseInput>;
}) {
  return getDb().course.create({
    data: {
      title: options.input.title,
      term: options.input.term || null,
      defaultVisibility: options.input.defaultVisibility.toUpperCase() as Visibility,
      joinCode: newJoinCode(),
      inviteToken: newInviteToken(),
      memberships: { create: { userId: options.actor.id, role: 'INSTRUCTOR' } },
    },
    select: { id: true, title: true, joinCode: true },
  });
}
