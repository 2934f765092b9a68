import { readableDocumentsSql, readableDocumentsWhere } from '../authz/readable-documents';
import { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import type { ListDocumentsQuery } from './list-documents-query';

const SELECT = {
  id: true,
  title: true,
  author: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  course: { select: { id: true, title: true } },
  owner: { select: { id: true, name: true } },
} satisfies Prisma.DocumentSelect;

const ORDER: Record<string, Prisma.DocumentOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: 'desc' }, { id: 'asc' }],
  created: [{ createdAt: 'desc' }, { id: 'asc' }],
  title: [{ title: 'asc' }, { id: 'asc' }],
};

/**
 * One page of the documents a user may read, optionally narrowed to their own or to
 * one course, and searched by title and full text (Postgres websearch syntax, with a
 * title substring match for partial words), ranked by relevance when searching.
 */
export async function listDocuments(userId: string, query: ListDocumentsQuery) {
  const db = getDb();
  const scope: Prisma.DocumentWhereInput =
    query.scope === 'mine'
      ? { ownerId: userId }
      : query.scope === 'all'
        ? {}
        : { courseId: query.scope };
  const where: Prisma.DocumentWhereInput = { AND: [readableDocumentsWhere(userId), scope] };
  const skip = (query.page - 1) * query.pageSize;

  if (!query.q) {
    const [items, total] = await Promise.all([
      db.document.findMany({
        where,
        orderBy: ORDER[query.sort ?? 'updated'] ?? ORDER.updated,
        skip,
        take: query.pageSize,
        select: SELECT,
      }),
      db.document.count({ where }),
    ]);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches = await db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT d."id", ts_rank(d."searchVector", websearch_to_tsquery('english', ${query.q}))
      + CASE WHEN d."title" ILIKE ${like} THEN 1 ELSE 0 END AS rank
    FROM "Document" d
    WHERE ${readableDocumentsSql(userId)}
      AND (d."searchVector" @@ websearch_to_tsquery('english', ${query.q}) OR d."title" ILIKE ${like})`;
  const rank = new Map(matches.map((m) => [m.id, Number(m.rank)]));
  const matching: Prisma.DocumentWhereInput = { AND: [where, { id: { in: [...rank.keys()] } }] };
  if ((query.sort ?? 'relevance') !== 'relevance') {
    const [items, total] = await Promise.all([
      db.document.findMany({
        where: matching,
        orderBy: ORDER[query.sort!],
        skip,
        take: query.pageSize,
        select: SELECT,
      }),
      db.document.count({ where: matching }),
    ]);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
  const all = await db.document.findMany({ where: matching, select: SELECT });
  all.sort(
    (a, b) => rank.get(b.id)! - rank.get(a.id)! || b.updatedAt.getTime() - a.updatedAt.getTime(),
  );
  return {
    items: all.slice(skip, skip + query.pageSize),
    total: all.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
