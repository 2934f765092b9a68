import { Prisma } from '../db/generated/client';

/**
 * The read rule of `can(actor, 'read', document)` as a query filter: documents the
 * user owns or that belong to a course they are a member of. Kept beside the policy,
 * in both Prisma and SQL form, so list and search paths apply the same rule.
 */
export function readableDocumentsWhere(userId: string): Prisma.DocumentWhereInput {
  return { OR: [{ ownerId: userId }, { course: { memberships: { some: { userId } } } }] };
}

/** The same rule as SQL over an alias `d` of "Document". */
export function readableDocumentsSql(userId: string): Prisma.Sql {
  return Prisma.sql`(d."ownerId" = ${userId} OR d."courseId" IN (SELECT m."courseId" FROM "Membership" m WHERE m."userId" = ${userId}))`;
}
