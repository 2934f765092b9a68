import type { z } from 'zod';
import { resolveAnchor } from '../anchoring/resolve-anchor';
import type { ResolvedAnchor } from '../anchoring/resolved-anchor';
import { ValidationError } from '../errors/app-error';
import type { createAnnotationInput } from './annotation-input';

type Selectors = z.infer<typeof createAnnotationInput>['target']['selector'];

/**
 * Where new selectors point in the current version: what the engine places with
 * confidence, else a quote that occurs exactly once (a bare quote has no context for
 * the engine to score, but a unique one is unambiguous). Pass `placed` when the selectors
 * were already resolved on that version, as a batch does (resolveAnchors).
 */
export function placeOnCurrentVersion(
  selectors: Selectors,
  current: { id: string; text: string },
  placed: ResolvedAnchor = resolveAnchor(
    { versionId: current.id, selectors },
    { versionId: current.id, text: current.text },
  ),
) {
  if (placed.status !== 'orphan' && (placed.status !== 'fuzzy' || placed.confidence >= 0.8))
    return placed;
  const exact = selectors.find((s) => s.type === 'TextQuoteSelector')!.exact;
  const at = current.text.indexOf(exact);
  if (at >= 0 && current.text.indexOf(exact, at + 1) < 0)
    return { start: at, end: at + exact.length };
  throw new ValidationError(
    at >= 0
      ? 'That passage appears more than once; include its position or some surrounding text to say which.'
      : 'The quoted text is not in the current version of this document; select the passage again.',
  );
}
