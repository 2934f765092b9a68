import { Prisma } from '../db/generated/client';
import { CLASSMATE } from './peer-pseudonyms';

/**
 * `peerPseudonyms` as SQL for note `a` on document `d`: true when `userId` is a student
 * of the course, an assignment of the document is anonymous to peers, and the author is
 * another student; then the note's author shows as "Classmate".
 */
export function anonymousAuthorSql(userId: string): Prisma.Sql {
  return Prisma.sql`(a."authorId" <> ${userId}
    AND EXISTS (SELECT 1 FROM "Assignment" an WHERE an."documentId" = d."id" AND an."anonymousToPeers")
    AND EXISTS (SELECT 1 FROM "Membership" av WHERE av."courseId" = d."courseId" AND av."userId" = ${userId} AND av."role" = 'STUDENT')
    AND EXISTS (SELECT 1 FROM "Membership" aa WHERE aa."courseId" = d."courseId" AND aa."userId" = a."authorId" AND aa."role" = 'STUDENT'))`;
}

/** The author's name as `userId` may see it, and their id (null for a classmate). */
export function shownAuthorSql(userId: string) {
  const anonymous = anonymousAuthorSql(userId);
  return {
    name: Prisma.sql`CASE WHEN ${anonymous} THEN ${CLASSMATE} ELSE u."name" END`,
    id: Prisma.sql`CASE WHEN ${anonymous} THEN NULL ELSE u."id" END`,
  };
}
