import { Prisma } from '../db/generated/client';
import { CLASSMATE } from './peer-pseudonyms';

/**
 * `peerPseudonyms` as SQL, for a person (`id`, `name` expressions) shown on document
 * `d`: a classmate of `userId`'s on a document with an assignment anonymous to peers
 * (both students of its course, and not the same person) shows as "Classmate", with no
 * id; anyone else as themselves.
 */
export function shownPersonSql(userId: string, person: { id: Prisma.Sql; name: Prisma.Sql }) {
  const anonymous = Prisma.sql`(${person.id} <> ${userId}
    AND EXISTS (SELECT 1 FROM "Assignment" an WHERE an."documentId" = d."id" AND an."anonymousToPeers")
    AND EXISTS (SELECT 1 FROM "Membership" av WHERE av."courseId" = d."courseId" AND av."userId" = ${userId} AND av."role" = 'STUDENT')
    AND EXISTS (SELECT 1 FROM "Membership" aa WHERE aa."courseId" = d."courseId" AND aa."userId" = ${person.id} AND aa."role" = 'STUDENT'))`;
  return {
    name: Prisma.sql`CASE WHEN ${anonymous} THEN ${CLASSMATE} ELSE ${person.name} END`,
    id: Prisma.sql`CASE WHEN ${anonymous} THEN NULL ELSE ${person.id} END`,
  };
}
