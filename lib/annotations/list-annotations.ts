import type { Actor } from '../authz/can';
import { loadDocumentFor } from '../documents/load-document-for';
import { listNoteViews } from './list-note-views';

/**
 * The notes on a document that `actor` may see, each with its stored W3C selectors and
 * an anchor resolved against the current version (version maps shared per version
 * pair), and its visible replies, in text order; only those with `ids`, when given.
 */
export async function listAnnotations(
  actor: Actor & { id: string },
  documentId: string,
  options: { ids?: string[] } = {},
) {
  const doc = await loadDocumentFor(actor, documentId, 'read');
  return listNoteViews(doc, actor.id, options.ids ? { id: { in: options.ids } } : {});
}
