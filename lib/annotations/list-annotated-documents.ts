import { visibleAnnotationsSql } from '../authz/visible-annotations-sql';
import { getDb } from '../db/prisma';

/** The documents on which the user may read at least one note, by title: the notes search's choices. */
export async function listAnnotatedDocuments(userId: string) {
  return getDb().$queryRaw<{ id: string; title: string }[]>`
    SELECT d."id", d."title" FROM "Document" d
    WHERE EXISTS (
      SELECT 1 FROM "Annotation" a
      WHERE a."documentId" = d."id" AND a."deletedAt" IS NULL AND ${visibleAnnotationsSql(userId)})
    ORDER BY d."title", d."id"`;
}
