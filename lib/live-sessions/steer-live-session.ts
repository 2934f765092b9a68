import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ConflictError } from '../errors/app-error';
import { loadLiveSessionFor } from './load-live-session-for';

/**
 * Changes a running session as its instructor: `reveal` shows every note hidden by
 * hide-until-post to the room, for the rest of the session or (`forGood`) by lifting
 * the document's assignments' gates; `end` closes it (a session-only reveal ends with
 * it). Readers' rooms are rebuilt and their access re-checked; ending twice is a 409.
 */
export async function steerLiveSession(
  actor: { id: string },
  sessionId: string,
  change: { type: 'reveal'; forGood: boolean } | { type: 'end' },
) {
  const { session, doc } = await loadLiveSessionFor(actor, sessionId, 'lead');
  if (session.endedAt) throw new ConflictError('This live session has already ended.');
  const now = new Date();
  await getDb().$transaction(async (tx) => {
    const updated = await tx.liveSession.updateMany({
      where: { id: session.id, endedAt: null },
      data: change.type === 'end' ? { endedAt: now } : { revealedAt: session.revealedAt ?? now },
    });
    if (updated.count === 0) throw new ConflictError('This live session has already ended.');
    if (change.type === 'reveal' && change.forGood)
      await tx.assignment.updateMany({
        where: { documentId: doc.id, courseId: doc.courseId ?? '', revealedAt: null },
        data: { revealedAt: now },
      });
    await publishChange(tx, { type: 'live-session', documentId: doc.id });
    await publishChange(tx, { type: 'document', documentId: doc.id });
  });
}
