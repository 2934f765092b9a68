import type { Actor } from '../authz/can';
import { listNoteViews } from '../annotations/list-note-views';
import { ClaimStatus } from '../db/generated/enums';
import { loadDocumentFor } from '../documents/load-document-for';

// What still lacks support: no verdict yet, or a verdict that found none.
const UNSUPPORTED = new Set(['open', 'needs_source', 'refuted', 'unverifiable']);

/**
 * A document's claims as `actor` sees them: how many are in each status, and the ones
 * still lacking support in reading order (claims whose passage was lost come last).
 */
export async function claimReport(actor: Actor & { id: string }, documentId: string) {
  const doc = await loadDocumentFor(actor, documentId, 'read');
  const claims = (await listNoteViews(doc, actor.id, { kind: 'CLAIM', deletedAt: null })).filter(
    (c) => c.claim,
  );
  const counts = Object.fromEntries(
    Object.values(ClaimStatus).map((s) => [s.toLowerCase(), 0]),
  ) as Record<string, number>;
  for (const c of claims) counts[c.claim!.status]! += 1;
  const unsupported = claims
    .filter((c) => UNSUPPORTED.has(c.claim!.status))
    .sort((a, b) => (a.anchor.start ?? Infinity) - (b.anchor.start ?? Infinity));
  return { total: claims.length, counts, unsupported };
}
