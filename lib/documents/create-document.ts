import { getDb } from '../db/prisma';
import type { DocNode } from './doc-node';
import { writeSearchVector } from './write-search-vector';

/**
 * Creates a document with its first version in one transaction, so a document never
 * exists without readable content. Callers check the course policy first.
 */
export async function createDocument(options: {
  ownerId: string;
  courseId?: string | null;
  title: string;
  author?: string | null;
  sourceUrl?: string | null;
  content: DocNode;
  text: string;
}) {
  return getDb().$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        title: options.title,
        author: options.author ?? null,
        sourceUrl: options.sourceUrl ?? null,
        ownerId: options.ownerId,
        courseId: options.courseId ?? null,
      },
      select: { id: true },
    });
    const version = await tx.documentVersion.create({
      data: {
        documentId: document.id,
        number: 1,
        content: options.content as object,
        text: options.text,
        authorId: options.ownerId,
      },
      select: { id: true },
    });
    await tx.document.update({
      where: { id: document.id },
      data: { currentVersionId: version.id },
    });
    await writeSearchVector(tx, document.id, options.text);
    return { id: document.id, versionId: version.id, title: options.title };
  });
}
