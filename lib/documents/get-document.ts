import type { Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { NotFoundError } from '../errors/app-error';
import type { DocNode } from './doc-node';
import { loadDocumentFor } from './load-document-for';

/**
 * A document the actor may read, with one version (the current one unless
 * `versionNumber` is given) and the list of all versions; throws NotFoundError otherwise.
 */
export async function getDocument(actor: Actor, documentId: string, versionNumber?: number) {
  const access = await loadDocumentFor(actor, documentId, 'read');
  const db = getDb();
  const [document, versions] = await Promise.all([
    db.document.findUniqueOrThrow({
      where: { id: documentId },
      select: {
        id: true,
        title: true,
        author: true,
        sourceUrl: true,
        ownerId: true,
        createdAt: true,
        updatedAt: true,
        currentVersionId: true,
        course: { select: { id: true, title: true } },
      },
    }),
    db.documentVersion.findMany({
      where: { documentId },
      orderBy: { number: 'desc' },
      select: {
        id: true,
        number: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
      },
    }),
  ]);
  const version = await db.documentVersion.findFirst({
    where: versionNumber
      ? { documentId, number: versionNumber }
      : { id: document.currentVersionId ?? '' },
    select: {
      id: true,
      number: true,
      content: true,
      text: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
    },
  });
  if (!version) throw new NotFoundError('That version of the document does not exist.');
  return {
    ...document,
    canEdit: access.ownerId === actor?.id,
    isCurrent: version.id === document.currentVersionId,
    version: { ...version, content: version.content as unknown as DocNode },
    versions,
  };
}
