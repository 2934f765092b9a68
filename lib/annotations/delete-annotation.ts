import { Prisma } from '../db/generated/client';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { loadAnnotationFor } from './load-annotation-for';

/**
 * The author deletes their note. A note with replies becomes a "deleted" placeholder so
 * the thread keeps its shape; one without replies is removed.
 */
export async function deleteAnnotation(options: {
  actor: { id: string };
  annotationId: string;
}): Promise<void> {
  const note = await loadAnnotationFor(options.actor, options.annotationId, 'delete');
  const db = getDb();
  await db.$transaction(async (tx) => {
    if ((await tx.reply.count({ where: { annotationId: note.id } })) === 0) {
      await tx.annotation.delete({ where: { id: note.id } });
    } else {
      await tx.annotation.update({
        where: { id: note.id },
        data: { deletedAt: new Date(), body: Prisma.DbNull, bodyText: '', tags: [], color: null },
      });
    }
    await publishChange(tx, { type: 'note', documentId: note.documentId, noteId: note.id });
  });
}
