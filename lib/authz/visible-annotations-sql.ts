import { Prisma } from '../db/generated/client';
import { courseModeratorSql } from './course-moderator-sql';
import { peersHiddenSql } from './peers-hidden-sql';
import { readableDocumentsSql } from './readable-documents';

/**
 * The read rule of `can(actor, 'read', annotation)` as SQL over the aliases `a`
 * ("Annotation") and `d` (its "Document"), for paths that search or count across
 * documents: a readable document, then the author's own notes, or public ones, or
 * course ones for members and the owner, hidden ones only for moderators. Deleted
 * notes are left to the caller, as in the policy. Search tests compare it with can().
 * Hide-until-post (see `peerGate`) leaves a gated student only their notes and prompts.
 */
export function visibleAnnotationsSql(userId: string): Prisma.Sql {
  const member = Prisma.sql`d."courseId" IN (SELECT m2."courseId" FROM "Membership" m2 WHERE m2."userId" = ${userId})`;
  return Prisma.sql`(${readableDocumentsSql(userId)} AND (a."authorId" = ${userId} OR (
    (a."kind" = 'PROMPT' OR NOT ${peersHiddenSql(userId)})
    AND (a."hiddenAt" IS NULL OR ${courseModeratorSql(userId)})
    AND (a."visibility" = 'PUBLIC'
      OR (a."visibility" = 'COURSE' AND (${member} OR d."ownerId" = ${userId}))))))`;
}
