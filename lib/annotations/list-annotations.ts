import { resolveAnchors } from '../anchoring/resolve-anchors';
import { isCourseModerator, type Actor } from '../authz/can';
import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { annotationJson } from './annotation-json';

/**
 * The notes on a document that `actor` may see, each with its stored W3C selectors and
 * an anchor resolved against the current version (version maps shared per version
 * pair), and its visible replies, in text order.
 */
export async function listAnnotations(actor: Actor & { id: string }, documentId: string) {
  const doc = await loadDocumentFor(actor, documentId, 'read');
  const moderator = isCourseModerator(doc.actorCourseRole);
  const db = getDb();
  const rows = await db.annotation.findMany({
    where: { AND: [{ documentId }, visibleAnnotationsWhere(actor.id, doc)] },
    orderBy: [{ positionStart: 'asc' }, { createdAt: 'asc' }],
    include: {
      author: { select: { id: true, name: true } },
      replies: {
        where: moderator ? {} : { OR: [{ hiddenAt: null }, { authorId: actor.id }] },
        orderBy: { createdAt: 'asc' },
        include: { author: { select: { id: true, name: true } } },
      },
    },
  });
  // A deleted note with no visible replies has nothing left to show.
  const shown = rows.filter((r) => !r.deletedAt || r.replies.length > 0);
  const current = await db.documentVersion.findUniqueOrThrow({
    where: { id: doc.currentVersionId ?? '' },
    select: { id: true, text: true },
  });
  const oldIds = [...new Set(shown.map((r) => r.versionId))].filter((id) => id !== current.id);
  const oldVersions = await db.documentVersion.findMany({
    where: { id: { in: oldIds } },
    select: { id: true, text: true },
  });
  const anchors = resolveAnchors(
    shown.map((r) => ({
      versionId: r.versionId,
      selectors: [
        {
          type: 'TextQuoteSelector' as const,
          exact: r.quoteExact,
          prefix: r.quotePrefix,
          suffix: r.quoteSuffix,
        },
        { type: 'TextPositionSelector' as const, start: r.positionStart, end: r.positionEnd },
      ],
    })),
    { versionId: current.id, text: current.text },
    oldVersions.map((v) => ({ versionId: v.id, text: v.text })),
  );
  return shown.map((row, i) => annotationJson(row, anchors[i]!, actor.id));
}
