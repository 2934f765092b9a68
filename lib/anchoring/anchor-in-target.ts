import type { StoredAnchor } from './anchor';
import type { VersionMap } from './build-version-map';
import { findQuote, type QuoteSearch } from './find-quote';
import { mapRange } from './map-range';
import { normalizeForMatching } from './normalize-for-matching';
import type { PreparedTarget } from './prepare-target';
import type { ResolvedAnchor } from './resolved-anchor';
import type { TextPositionSelector, TextQuoteSelector } from './selector';

const ORPHAN: ResolvedAnchor = {
  status: 'orphan',
  method: 'none',
  start: null,
  end: null,
  confidence: 0,
};

/** The text at [start, end) is the quote, byte for byte or once both are normalised. */
function holdsQuote(text: string, start: number, end: number, exact: string): boolean {
  const found = text.slice(start, end);
  if (found === exact) return true;
  const quote = normalizeForMatching(exact).text;
  return quote.length > 0 && normalizeForMatching(found).text === quote;
}

function isRange(p: TextPositionSelector | undefined, length: number): p is TextPositionSelector {
  if (!p || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return false;
  return 0 <= p.start && p.start <= p.end && p.end <= length;
}

/**
 * Resolves one anchor against a prepared target, trying the simplest method first:
 * positions on the same version, positions mapped through `map` on a newer one (both only
 * when the quote checks out there), then the quote search, else orphan.
 */
export function anchorInTarget(
  anchor: StoredAnchor,
  target: PreparedTarget,
  map?: VersionMap,
): ResolvedAnchor {
  const quote = anchor.selectors.find(
    (s): s is TextQuoteSelector => s.type === 'TextQuoteSelector',
  );
  const stored = anchor.selectors.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  );
  const sameVersion = anchor.versionId === target.versionId;
  const position = isRange(stored, sameVersion ? target.text.length : (map?.oldLength ?? -1))
    ? stored
    : undefined;

  let expected: { start: number; end: number } | undefined;
  let diff: QuoteSearch['diff'];
  if (position && sameVersion) {
    if (!quote || holdsQuote(target.text, position.start, position.end, quote.exact)) {
      return {
        status: 'exact',
        method: 'position',
        start: position.start,
        end: position.end,
        confidence: 1,
      };
    }
    expected = position;
  } else if (position && map) {
    const mapped = mapRange(map, position.start, position.end);
    // Without a quote, only text the diff left alone is known to be the same passage.
    if (quote ? holdsQuote(target.text, mapped.start, mapped.end, quote.exact) : !mapped.touched) {
      const unchanged = mapped.start === position.start && mapped.end === position.end;
      return {
        status: unchanged ? 'exact' : 'moved',
        method: 'diff',
        start: mapped.start,
        end: mapped.end,
        confidence: 1,
      };
    }
    expected = mapped;
    diff = { map, start: position.start, end: position.end };
  } else if (stored && Number.isInteger(stored.start) && Number.isInteger(stored.end)) {
    // Offsets into some other version are only a hint of where to look first.
    const start = Math.min(Math.max(0, stored.start), target.text.length);
    expected = { start, end: Math.min(Math.max(start, stored.end), target.text.length) };
  }
  if (!quote) return ORPHAN;

  const match = findQuote(target, quote, { expected, diff });
  if (!match) return ORPHAN;
  const { start, end, confidence } = match;
  const method = match.mapped ? 'diff' : 'fuzzy';
  // Normalising a slice can differ from slicing the normalised text next to a character
  // that normalises to several, so the promise of exact/moved is checked on the original.
  if (!match.verified || !holdsQuote(target.text, start, end, quote.exact)) {
    return { status: 'fuzzy', method, start, end, confidence };
  }
  const unchanged = stored?.start === start && stored.end === end;
  return { status: unchanged ? 'exact' : 'moved', method, start, end, confidence };
}
