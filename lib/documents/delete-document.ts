import type { Actor } from '../authz/can';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from './load-document-for';

/** Deletes a document with all its versions and annotations (owner only). */
export async function deleteDocument(options: { actor: Actor; documentId: string }): Promise<void> {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'delete');
  await getDb().$transaction(async (tx) => {
    await tx.document.delete({ where: { id: doc.id } });
    await publishChange(tx, { type: 'document', documentId: doc.id });
  });
}
