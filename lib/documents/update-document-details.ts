import type { Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import { documentMetadataSchema } from './document-metadata-schema';
import { documentTitleSchema } from './document-title-schema';
import { loadDocumentFor } from './load-document-for';
import { writeSearchVector } from './write-search-vector';

/**
 * Changes a document's title, author or source URL (owner only); a field left
 * undefined is kept, an empty author or source clears it.
 */
export async function updateDocumentDetails(options: {
  actor: Actor;
  documentId: string;
  title?: string;
  author?: string | null;
  sourceUrl?: string | null;
}) {
  const title =
    options.title === undefined ? undefined : documentTitleSchema.safeParse(options.title);
  if (title && !title.success) throw new ValidationError(title.error.issues[0]!.message);
  const meta = documentMetadataSchema.safeParse({
    author: options.author,
    sourceUrl: options.sourceUrl,
  });
  if (!meta.success) throw new ValidationError(meta.error.issues[0]!.message);
  const doc = await loadDocumentFor(options.actor, options.documentId, 'update');
  return getDb().$transaction(async (tx) => {
    const updated = await tx.document.update({
      where: { id: doc.id },
      data: {
        ...(title ? { title: title.data } : {}),
        ...(options.author !== undefined ? { author: meta.data.author ?? null } : {}),
        ...(options.sourceUrl !== undefined ? { sourceUrl: meta.data.sourceUrl ?? null } : {}),
      },
      select: {
        id: true,
        title: true,
        author: true,
        sourceUrl: true,
        currentVersion: { select: { text: true } },
      },
    });
    if (title) await writeSearchVector(tx, doc.id, updated.currentVersion?.text ?? '');
    return {
      id: updated.id,
      title: updated.title,
      author: updated.author,
      sourceUrl: updated.sourceUrl,
    };
  });
}
