import { resolveAnchors } from '../anchoring/resolve-anchors';
import type { ResolvedAnchor } from '../anchoring/resolved-anchor';
import { loadVersionTexts } from '../documents/load-version-texts';
import { NotFoundError } from '../errors/app-error';

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
  const ids = [...new Set([currentVersionId ?? '', ...rows.map((r) => r.versionId)])];
  const texts = await loadVersionTexts(ids);
  const currentText = texts.get(currentVersionId ?? '');
  if (currentText === undefined) throw new NotFoundError('That document has no text yet.');
  const current = { id: currentVersionId!, text: currentText };
  const oldVersions = ids
    .filter((id) => id !== current.id && texts.has(id))
    .map((id) => ({ id, text: texts.get(id)! }));
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
