import { Prisma } from '../db/generated/client';
import { CourseRole } from '../db/generated/enums';
import { isCourseModerator } from './can';

// Derived from the policy, so a change to who moderates reaches the SQL too.
const MODERATOR_ROLES = Object.values(CourseRole).filter(isCourseModerator);

/** `isCourseModerator` as SQL: the user moderates the course of the document aliased `d`. */
export function courseModeratorSql(userId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Membership" mm WHERE mm."courseId" = d."courseId" AND mm."userId" = ${userId} AND mm."role"::text IN (${Prisma.join(MODERATOR_ROLES)}))`;
}
