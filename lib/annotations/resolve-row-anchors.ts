import { resolveAnchors } from '../anchoring/resolve-anchors';
import type { ResolvedAnchor } from '../anchoring/resolved-anchor';
import { loadVersionTexts } from '../documents/load-version-texts';
import { loadVersionText } from '../documents/load-version-text';

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
 * only the versions the rows were made on (one shared diff per version pair; version
 * texts come from a small cache, since versions never change).
 */
export async function resolveRowAnchors(
  rows: readonly AnchorRow[],
  currentVersionId: string | null,
): Promise<ResolvedAnchor[]> {
  const current = await loadVersionText(currentVersionId);
  const oldIds = [...new Set(rows.map((r) => r.versionId))].filter((id) => id !== current.id);
  const texts = await loadVersionTexts(oldIds);
  const oldVersions = [...texts].map(([id, text]) => ({ id, text }));
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
