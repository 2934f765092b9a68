import { loadDocumentFor } from '../documents/load-document-for';
import { liveSessionState } from './live-session-state';

/** The live session running on a document the actor may read, or null. */
export async function currentLiveSession(actor: { id: string }, documentId: string) {
  await loadDocumentFor(actor, documentId, 'read');
  return liveSessionState(documentId);
}
