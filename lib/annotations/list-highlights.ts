import type { Actor } from '../authz/can';
import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { visibleRepliesWhere } from '../authz/visible-replies-where';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { resolveRowAnchors } from './resolve-row-anchors';

/** What the reader paints for one note before its card loads. */
export interface HighlightJson {
  id: string;
  start: number;
  end: number;
  color: string | null;
  authorName: string | null;
  replyCount: number;
}

/**
 * The highlights of the notes `actor` may see on a document (the same rows, by the
 * same rules, as listAnnotations), reduced to what painting them needs: the resolved
 * range, colour, author and reply count. Orphans have no range and are left out. The
 * reader renders these with the text and loads the full notes after.
 */
export async function listHighlights(
  actor: Actor & { id: string },
  documentId: string,
): Promise<HighlightJson[]> {
  const doc = await loadDocumentFor(actor, documentId, 'read');
  const rows = await getDb().annotation.findMany({
    where: { AND: [{ documentId }, visibleAnnotationsWhere(actor.id, doc)] },
    orderBy: [{ positionStart: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      versionId: true,
      quoteExact: true,
      quotePrefix: true,
      quoteSuffix: true,
      positionStart: true,
      positionEnd: true,
      color: true,
      deletedAt: true,
      author: { select: { name: true } },
      _count: { select: { replies: { where: visibleRepliesWhere(actor.id, doc) } } },
    },
  });
  // As in listAnnotations: a deleted note with no visible replies is not shown.
  const shown = rows.filter((r) => !r.deletedAt || r._count.replies > 0);
  const anchors = await resolveRowAnchors(shown, doc.currentVersionId);
  return shown.flatMap((row, i) => {
    const { start, end } = anchors[i]!;
    if (start === null || end === null) return [];
    return [
      {
        id: row.id,
        start,
        end,
        color: row.color,
        authorName: row.deletedAt ? null : row.author.name,
        replyCount: row._count.replies,
      },
    ];
  });
}
