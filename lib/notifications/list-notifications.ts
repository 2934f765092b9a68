import { shownPersonSql } from '../annotations/shown-person-sql';
import { excerpt } from '../annotations/excerpt';
import { Prisma } from '../db/generated/client';
import type { NotificationKind } from '../db/generated/enums';
import { getDb } from '../db/prisma';
import { readableNotificationsSql } from './readable-notifications-sql';

interface Row {
  id: string;
  kind: NotificationKind;
  readAt: Date | null;
  createdAt: Date;
  annotationId: string;
  documentId: string;
  documentTitle: string;
  actorId: string | null;
  actorName: string;
  text: string;
}

/**
 * One page of a user's notifications, newest first, each with who caused it, the note
 * and document it is about, and an excerpt of the comment; only those whose note the
 * user may still read (the policy is applied in the query, so paging and totals agree).
 */
export async function listNotifications(options: {
  userId: string;
  unreadOnly?: boolean;
  page?: number;
  pageSize?: number;
}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 20;
  const from = readableNotificationsSql(options.userId);
  const unread = options.unreadOnly ? Prisma.sql`AND n."readAt" IS NULL` : Prisma.empty;
  // A classmate on an assignment anonymous to peers is "Classmate" here too.
  const actor = shownPersonSql(options.userId, {
    id: Prisma.sql`actor."id"`,
    name: Prisma.sql`actor."name"`,
  });
  const db = getDb();
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT n."id", n."kind"::text AS "kind", n."readAt", n."createdAt", n."annotationId",
        d."id" AS "documentId", d."title" AS "documentTitle",
        ${actor.id} AS "actorId", ${actor.name} AS "actorName",
        COALESCE(r."bodyText", a."bodyText") AS "text"
      ${from} ${unread}
      ORDER BY n."createdAt" DESC, n."id" DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS "total" ${from} ${unread}`,
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      actor: { id: row.actorId, name: row.actorName },
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      annotationId: row.annotationId,
      excerpt: excerpt(row.text),
      readAt: row.readAt,
      createdAt: row.createdAt,
    })),
    total: Number(counted[0]?.total ?? 0),
    page,
    pageSize,
  };
}
