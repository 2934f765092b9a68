import { courseModeratorSql } from '../authz/course-moderator-sql';
import { peersHiddenSql } from '../authz/peers-hidden-sql';
import { visibleAnnotationsSql } from '../authz/visible-annotations-sql';
import { Prisma } from '../db/generated/client';

/**
 * FROM and WHERE for a user's notifications that still point at something they may
 * read: the note passes the read policy, and the comment that caused it (the note, or
 * the reply) is not deleted, a hidden reply shows only to moderators, and a reply by a
 * classmate waits while hide-until-post keeps the user from classmates' notes. Aliases: `n`
 * notification, `a` note, `d` document, `r` reply, `actor` the user who caused it.
 */
export function readableNotificationsSql(userId: string): Prisma.Sql {
  return Prisma.sql`FROM "Notification" n
    JOIN "Annotation" a ON a."id" = n."annotationId"
    JOIN "Document" d ON d."id" = a."documentId"
    JOIN "User" actor ON actor."id" = n."actorId"
    LEFT JOIN "Reply" r ON r."id" = n."replyId"
    WHERE n."recipientId" = ${userId}
      AND ${visibleAnnotationsSql(userId)}
      AND ((n."replyId" IS NULL AND a."deletedAt" IS NULL)
        OR (r."id" IS NOT NULL AND r."deletedAt" IS NULL
          AND (r."authorId" = ${userId} OR NOT ${peersHiddenSql(userId)})
          AND (r."hiddenAt" IS NULL OR r."authorId" = ${userId} OR ${courseModeratorSql(userId)})))`;
}
