import type { Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from './load-document-for';

/** Deletes a document with all its versions and annotations (owner only). */
export async function deleteDocument(options: { actor: Actor; documentId: string }): Promise<void> {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'delete');
  await getDb().document.delete({ where: { id: doc.id } });
}
