import { Prisma } from '../db/generated/client';
import { MODERATOR_ROLES } from './moderator-roles';

/** `isCourseModerator` as SQL: the user moderates the course of the document aliased `d`. */
export function courseModeratorSql(userId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Membership" mm WHERE mm."courseId" = d."courseId" AND mm."userId" = ${userId} AND mm."role"::text IN (${Prisma.join(MODERATOR_ROLES)}))`;
}
