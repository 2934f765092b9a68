import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { ValidationError } from '../errors/app-error';

/**
 * Starts a live session on a course document, led by an instructor; if one is already
 * running there it is returned instead (an advisory lock on the document keeps two
 * instructors starting at once from making two). Readers hear of it at once.
 */
export async function startLiveSession(actor: { id: string }, documentId: string) {
  const doc = await loadDocumentFor(actor, documentId, 'lead');
  if (!doc.courseId)
    throw new ValidationError('Live sessions are for course documents; add this one to a course.');
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`live-session:${documentId}`}))`;
    const running = await tx.liveSession.findFirst({
      where: { documentId, endedAt: null },
      select: { id: true },
    });
    if (running) return { id: running.id, created: false };
    const session = await tx.liveSession.create({
      data: { documentId, startedById: actor.id, participants: { create: { userId: actor.id } } },
      select: { id: true },
    });
    await publishChange(tx, { type: 'live-session', documentId });
    return { id: session.id, created: true };
  });
}
