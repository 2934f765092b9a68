import { resolveAnchors } from '../anchoring/resolve-anchors';
import type { ResolvedAnchor } from '../anchoring/resolved-anchor';
import { getDb } from '../db/prisma';

/** The stored target of an annotation row: its version and W3C selector fields. */
export interface AnchorRow {
  versionId: string;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
}

/**
 * Resolves each row's stored target against the document's current version, loading
 * only the versions the rows were made on (one shared diff per version pair).
 */
export async function resolveRowAnchors(
  rows: readonly AnchorRow[],
  currentVersionId: string | null,
): Promise<ResolvedAnchor[]> {
  const db = getDb();
  const current = await db.documentVersion.findUniqueOrThrow({
    where: { id: currentVersionId ?? '' },
    select: { id: true, text: true },
  });
  const oldIds = [...new Set(rows.map((r) => r.versionId))].filter((id) => id !== current.id);
  const oldVersions = oldIds.length
    ? await db.documentVersion.findMany({
        where: { id: { in: oldIds } },
        select: { id: true, text: true },
      })
    : [];
  return resolveAnchors(
    rows.map((r) => ({
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
}
