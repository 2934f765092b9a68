import type { Actor } from '../authz/can';
import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { visibleRepliesWhere } from '../authz/visible-replies-where';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { peerPseudonyms } from './peer-pseudonyms';
import { resolveRowAnchors } from './resolve-row-anchors';

/** What the reader paints for one note before its card loads. */
export interface HighlightJson {
  id: string;
  start: number;
  end: number;
  color: string | null;
  authorName: string | null;
  replyCount: number;
  /** A claim's status (e.g. "supported"); null for other notes. */
  claim: string | null;
  /** A reading prompt, painted apart from the palette. */
  prompt: boolean;
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
  const db = getDb();
  // Three plain queries (notes, visible reply counts, author names) instead of one with
  // a relation and a filtered count per row: for thousands of notes, several times faster.
  const [rows, replyCounts] = await Promise.all([
    db.annotation.findMany({
      where: { AND: [{ documentId }, visibleAnnotationsWhere(actor.id, doc)] },
      orderBy: [{ positionStart: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        authorId: true,
        versionId: true,
        quoteExact: true,
        quotePrefix: true,
        quoteSuffix: true,
        positionStart: true,
        positionEnd: true,
        color: true,
        claimStatus: true,
        kind: true,
        deletedAt: true,
      },
    }),
    db.reply.groupBy({
      by: ['annotationId'],
      where: { AND: [{ annotation: { documentId } }, visibleRepliesWhere(actor.id, doc)] },
      _count: { _all: true },
    }),
  ]);
  const repliesOf = new Map(replyCounts.map((r) => [r.annotationId, r._count._all]));
  // As in listAnnotations: a deleted note with no visible replies is not shown.
  const shown = rows.filter((r) => !r.deletedAt || (repliesOf.get(r.id) ?? 0) > 0);
  const [authors, shownAs] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(shown.map((r) => r.authorId))] } },
      select: { id: true, name: true },
    }),
    peerPseudonyms(doc, actor.id),
  ]);
  const nameOf = new Map(authors.map((u) => [u.id, shownAs(u).name]));
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
        authorName: row.deletedAt ? null : (nameOf.get(row.authorId) ?? null),
        replyCount: repliesOf.get(row.id) ?? 0,
        claim: row.claimStatus?.toLowerCase() ?? null,
        prompt: row.kind === 'PROMPT',
      },
    ];
  });
}
