import { describeRange } from '../../anchoring/describe-range';
import { resolveAnchors } from '../../anchoring/resolve-anchors';
import type { ResolvedAnchor } from '../../anchoring/resolved-anchor';
import type { TextPositionSelector, TextQuoteSelector } from '../../anchoring/selector';
import { placeOnCurrentVersion } from '../../annotations/place-on-current-version';
import { ValidationError } from '../../errors/app-error';

/** How an imported note landed, and the selectors to store for it. */
export interface ImportedPlacement {
  status: 'exact' | 'fuzzy' | 'orphaned';
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

type Target = { quote: TextQuoteSelector; position: TextPositionSelector | null };

const CONTEXT = 32;

// Context cut to the length describeRange keeps, never through a surrogate pair.
const head = (s = '') => s.slice(0, CONTEXT).replace(/[\uD800-\uDBFF]$/, '');
const tail = (s = '') => s.slice(-CONTEXT).replace(/^[\uDC00-\uDFFF]/, '');

function clamp(position: TextPositionSelector | null, length: number) {
  const start = Math.min(position?.start ?? 0, length);
  return { start, end: Math.min(Math.max(start, position?.end ?? 0), length) };
}

function placed(target: Target, current: { id: string; text: string }, resolved: ResolvedAnchor) {
  const selectors = target.position ? [target.quote, target.position] : [target.quote];
  try {
    return placeOnCurrentVersion(selectors, current, resolved);
  } catch (err) {
    if (err instanceof ValidationError) return null;
    throw err;
  }
}

/**
 * Places imported annotations on the current version by the rules a new note is placed
 * by (placeOnCurrentVersion), resolving them as one batch. A quote found as it was is
 * stored like a new note, with selectors rebuilt from the text. Otherwise the annotator's
 * quote is kept, at the best guess or the given position, so the reader resolves it as
 * it does any changed passage: fuzzy with a confidence, or an orphan to re-attach. Each
 * status is what the reader will show, since it comes from resolving what is stored.
 */
export function placeImportedNotes(
  targets: readonly Target[],
  current: { id: string; text: string },
): ImportedPlacement[] {
  const version = { versionId: current.id, text: current.text };
  const anchor = (quote: TextQuoteSelector, position: TextPositionSelector | null) => ({
    versionId: current.id,
    selectors: position ? [quote, position] : [quote],
  });
  const first = resolveAnchors(
    targets.map((t) => anchor(t.quote, t.position)),
    version,
    [],
  );
  const placements = targets.map((target, i) => {
    const at = placed(target, current, first[i]!);
    if (at && !('status' in at && at.status === 'fuzzy')) {
      const [quote, position] = describeRange(current.text, at.start, at.end);
      return { found: true, quote, position };
    }
    const { start, end } = at ?? clamp(target.position, current.text.length);
    const quote: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: target.quote.exact,
      prefix: tail(target.quote.prefix),
      suffix: head(target.quote.suffix),
    };
    // Stored as given, the selectors resolve as they just did; only changed ones need another look.
    const same =
      target.position?.start === start &&
      target.position.end === end &&
      (target.quote.prefix ?? '') === quote.prefix &&
      (target.quote.suffix ?? '') === quote.suffix;
    const position = { type: 'TextPositionSelector' as const, start, end };
    return { found: false, quote, position, status: same ? first[i]!.status : null };
  });
  const kept = placements.filter((p) => !p.found && !p.status);
  const seen = resolveAnchors(
    kept.map((p) => anchor(p.quote, p.position)),
    version,
    [],
  );
  const statusOf = new Map(kept.map((p, i) => [p, seen[i]!.status]));
  return placements.map((p): ImportedPlacement => {
    const status = p.found ? 'exact' : (p.status ?? statusOf.get(p)!);
    return {
      status: status === 'orphan' ? 'orphaned' : status === 'fuzzy' ? 'fuzzy' : 'exact',
      quote: p.quote,
      position: p.position,
    };
  });
}
