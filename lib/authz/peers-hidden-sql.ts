import { Prisma } from '../db/generated/client';

/**
 * `peerGate` as SQL over the document aliased `d`: the user is a student of its course,
 * an assignment of it hides classmates' notes until they have posted more comments,
 * claims and replies than they have, and no live session has revealed them. Kept
 * beside the policy; search tests check it agrees with `can()` through `peerGate`.
 */
export function peersHiddenSql(userId: string): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Membership" gm WHERE gm."courseId" = d."courseId" AND gm."userId" = ${userId} AND gm."role" = 'STUDENT')
    AND NOT EXISTS (SELECT 1 FROM "LiveSession" gs WHERE gs."documentId" = d."id" AND gs."endedAt" IS NULL AND gs."revealedAt" IS NOT NULL)
    AND COALESCE((SELECT max(g."hideUntilPostCount") FROM "Assignment" g WHERE g."documentId" = d."id" AND g."hideUntilPostCount" > 0 AND g."revealedAt" IS NULL), 0) >
      (SELECT count(*) FROM "Annotation" gp WHERE gp."documentId" = d."id" AND gp."authorId" = ${userId} AND gp."deletedAt" IS NULL AND gp."kind" IN ('COMMENT', 'CLAIM'))
      + (SELECT count(*) FROM "Reply" gr JOIN "Annotation" gra ON gra."id" = gr."annotationId" WHERE gra."documentId" = d."id" AND gr."authorId" = ${userId} AND gr."deletedAt" IS NULL))`;
}
