import { visibleAnnotationsSql } from '../authz/visible-annotations-sql';
import { shownPersonSql } from './shown-person-sql';
import { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import type { SearchAnnotationsQuery } from './search-annotations-query';

interface Row {
  id: string;
  documentId: string;
  documentTitle: string;
  quoteExact: string;
  bodyText: string;
  tags: string[];
  color: string | null;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
}

const contains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the notes a user may read across every document they may read, searched
 * by the comment and the quoted passage (Postgres English stemming, plus a substring
 * match for short and partial words), and filtered by tag, author (id or part of the
 * name) and document. The read policy is applied in the query, so totals never count
 * what the user may not see; deleted notes are left out. Best matches first, else newest.
 */
export async function searchAnnotations(userId: string, query: SearchAnnotationsQuery) {
  const text = Prisma.sql`a."bodyText" || ' ' || a."quoteExact"`;
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query.q})`;
  const like = contains(query.q);
  const substring = Prisma.sql`(a."bodyText" ILIKE ${like} OR a."quoteExact" ILIKE ${like})`;
  const filters = [Prisma.sql`a."deletedAt" IS NULL`, visibleAnnotationsSql(userId)];
  if (query.q)
    filters.push(Prisma.sql`(to_tsvector('english', ${text}) @@ ${tsquery} OR ${substring})`);
  if (query.tag) filters.push(Prisma.sql`${query.tag} = ANY(a."tags")`);
  // Classmates shown anonymously are found by what is shown, never by who they are.
  const shown = shownPersonSql(userId, { id: Prisma.sql`u."id"`, name: Prisma.sql`u."name"` });
  if (query.author)
    filters.push(
      Prisma.sql`(${shown.id} = ${query.author} OR ${shown.name} ILIKE ${contains(query.author)})`,
    );
  if (query.document) filters.push(Prisma.sql`a."documentId" = ${query.document}`);
  const from = Prisma.sql`FROM "Annotation" a
    JOIN "Document" d ON d."id" = a."documentId"
    JOIN "User" u ON u."id" = a."authorId"
    WHERE ${Prisma.join(filters, ' AND ')}`;
  const relevance = query.q
    ? Prisma.sql`ts_rank(to_tsvector('english', ${text}), ${tsquery}) + CASE WHEN ${substring} THEN 1 ELSE 0 END DESC,`
    : Prisma.empty;
  const db = getDb();
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a."id", a."documentId", d."title" AS "documentTitle", a."quoteExact", a."bodyText",
        a."tags", a."color", ${shown.id} AS "authorId", ${shown.name} AS "authorName", a."createdAt"
      ${from}
      ORDER BY ${relevance} a."createdAt" DESC, a."id"
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS "total" ${from}`,
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      documentId: r.documentId,
      documentTitle: r.documentTitle,
      quote: r.quoteExact,
      bodyText: r.bodyText,
      tags: r.tags,
      color: r.color,
      author: { id: r.authorId, name: r.authorName },
      createdAt: r.createdAt,
    })),
    total: Number(counted[0]?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
