import type { Prisma } from '../db/generated/client';

// to_tsvector refuses results over 1 MB; the first 400,000 characters cover all but
// the longest books, and stripping positions keeps the vector small.
const INDEXED_CHARS = 400_000;

/** Recomputes a document's full-text search vector from its title and `text`. */
export async function writeSearchVector(
  tx: Prisma.TransactionClient,
  documentId: string,
  text: string,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Document" SET "searchVector" =
      setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
      setweight(strip(to_tsvector('english', ${text.slice(0, INDEXED_CHARS)})), 'B')
    WHERE "id" = ${documentId}`;
}
