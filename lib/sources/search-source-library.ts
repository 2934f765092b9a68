import { Prisma } from '../db/generated/client';
import { loadDocumentFor } from '../documents/load-document-for';
import { getDb } from '../db/prisma';

/**
 * Sources in the library a document's notes draw on (its course's, or the actor's own
 * outside a course) whose title, authors, container, DOI, ISBN or URL contain `query`;
 * newest first.
 */
export async function searchSourceLibrary(options: {
  actor: { id: string };
  documentId: string;
  query: string;
  limit?: number;
}) {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'read');
  const library = doc.courseId
    ? Prisma.sql`s."courseId" = ${doc.courseId}`
    : Prisma.sql`s."courseId" IS NULL AND s."createdById" = ${options.actor.id}`;
  const q = options.query.trim();
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const digits = `%${q.replace(/[^0-9Xx]/g, '')}%`;
  const matches = q
    ? Prisma.sql`AND (s."title" ILIKE ${like} OR s."authors"::text ILIKE ${like} OR s."container" ILIKE ${like} OR s."doi" ILIKE ${like} OR s."url" ILIKE ${like} OR (${digits} <> '%%' AND s."isbn" ILIKE ${digits}))`
    : Prisma.empty;
  const db = getDb();
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Source" s WHERE ${library} ${matches}
    ORDER BY s."createdAt" DESC LIMIT ${Math.min(options.limit ?? 10, 50)}`;
  const rows = await db.source.findMany({ where: { id: { in: ids.map((r) => r.id) } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((r) => byId.get(r.id)!);
}
