import { can } from '../authz/can';
import { loadNotebookResource } from '../collab/load-notebook-resource';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { ForbiddenError } from '../errors/app-error';
import * as Y from 'yjs';

/**
 * An instructor locks (or unlocks) a document's course notebook: while locked, members
 * can read it but only instructors write. Open sockets get the new rights at once.
 */
export async function setNotebookLock(options: {
  actor: { id: string };
  documentId: string;
  locked: boolean;
}): Promise<{ locked: boolean }> {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'read');
  const resource = await loadNotebookResource(doc);
  if (!resource || !can(options.actor, 'manage', resource))
    throw new ForbiddenError('Only an instructor of this course can lock its notebook.');
  const key = { documentId: doc.id, courseId: doc.courseId! };
  const lockedAt = options.locked ? new Date() : null;
  await getDb().$transaction(async (tx) => {
    await tx.notebook.upsert({
      where: { documentId_courseId: key },
      create: { ...key, lockedAt, state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())) },
      update: { lockedAt },
    });
    await publishChange(tx, { type: 'notebook-lock', documentId: doc.id });
  });
  return { locked: options.locked };
}
