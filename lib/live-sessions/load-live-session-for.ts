import type { Action, Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { NotFoundError } from '../errors/app-error';

/**
 * A live session and its document, with `action` checked on the document (`lead` for
 * anything that steers the room): a session on a document the actor cannot read is
 * "not found", like the document.
 */
export async function loadLiveSessionFor(actor: Actor, sessionId: string, action: Action) {
  const session = await getDb().liveSession.findUnique({
    where: { id: sessionId },
    select: { id: true, documentId: true, startedAt: true, endedAt: true, revealedAt: true },
  });
  if (!session) throw new NotFoundError('That live session does not exist.');
  const doc = await loadDocumentFor(actor, session.documentId, action).catch((err: unknown) => {
    throw err instanceof NotFoundError
      ? new NotFoundError('That live session does not exist.')
      : err;
  });
  return { session, doc };
}
