import type { Actor } from '../authz/can';
import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { visibleRepliesWhere } from '../authz/visible-replies-where';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { annotationJson } from './annotation-json';
import { resolveRowAnchors } from './resolve-row-anchors';

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
  const db = getDb();
  const rows = await db.annotation.findMany({
    where: {
      AND: [
        { documentId, ...(options.ids ? { id: { in: options.ids } } : {}) },
        visibleAnnotationsWhere(actor.id, doc),
      ],
    },
    orderBy: [{ positionStart: 'asc' }, { createdAt: 'asc' }],
    include: {
      author: { select: { id: true, name: true } },
      replies: {
        where: visibleRepliesWhere(actor.id, doc),
        orderBy: { createdAt: 'asc' },
        include: { author: { select: { id: true, name: true } } },
      },
    },
  });
  // A deleted note with no visible replies has nothing left to show.
  const shown = rows.filter((r) => !r.deletedAt || r.replies.length > 0);
  const anchors = await resolveRowAnchors(shown, doc.currentVersionId);
  return shown.map((row, i) => annotationJson(row, anchors[i]!, actor.id));
}
