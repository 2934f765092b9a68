import type { Prisma } from '../db/generated/client';
import { MODERATOR_ROLES } from './moderator-roles';

/** `isCourseModerator` as a filter on courses: those `userId` moderates or teaches. */
export function moderatedCoursesWhere(userId: string): Prisma.CourseWhereInput {
  return { memberships: { some: { userId, role: { in: MODERATOR_ROLES } } } };
}
