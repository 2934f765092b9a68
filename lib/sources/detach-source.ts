import { loadAnnotationFor } from '../annotations/load-annotation-for';
import { can } from '../authz/can';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ForbiddenError, NotFoundError } from '../errors/app-error';

/**
 * Takes a source off a note or claim (it stays in the library). Whoever attached it,
 * the note's author and the course's moderators may do so.
 */
export async function detachSource(options: {
  actor: { id: string };
  annotationId: string;
  sourceId: string;
}) {
  const note = await loadAnnotationFor(options.actor, options.annotationId, 'read');
  if (note.deletedAt) throw new NotFoundError('That note was deleted.');
  const db = getDb();
  const key = { annotationId: note.id, sourceId: options.sourceId };
  const link = await db.annotationSource.findUnique({
    where: { annotationId_sourceId: key },
    select: { addedById: true },
  });
  if (!link) throw new NotFoundError('That source is not attached to this note.');
  const resource = { type: 'source-link' as const, addedById: link.addedById, note: note.resource };
  if (!can(options.actor, 'delete', resource))
    throw new ForbiddenError('Only whoever attached this source, or a moderator, can remove it.');
  await db.$transaction(async (tx) => {
    await tx.annotationSource.delete({ where: { annotationId_sourceId: key } });
    await publishChange(tx, { type: 'note', documentId: note.documentId, noteId: note.id });
  });
}
