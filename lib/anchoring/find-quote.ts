import search from 'approx-string-match';
import type { VersionMap } from './build-version-map';
import { chooseCandidate, type RawMatch } from './choose-candidate';
import { editDistance } from './edit-distance';
import { normalizeForMatching } from './normalize-for-matching';
import type { PreparedTarget } from './prepare-target';
import type { ExpectedQuote } from './score-candidate';
import type { TextQuoteSelector } from './selector';
import { toNormalizedOffset } from './to-normalized-offset';
import { toOriginalRange } from './to-original-range';

/** Where to look for a quote: the range positions or the diff point at, and the diff. */
export interface QuoteSearch {
  expected?: { start: number; end: number };
  /** The map from the anchor's version, and the passage's range in that version. */
  diff?: { map: VersionMap; start: number; end: number };
}

/** Where the quote search placed a quote, in offsets of the target's original text. */
export interface QuoteMatch {
  start: number;
  end: number;
  confidence: number;
  /** The text there is the quote itself, with matching context on both sides, and nowhere else. */
  verified: boolean;
  /** The place is the passage's range mapped through the diff, edits and all. */
  mapped: boolean;
}

// Errors allowed grow with the quote, as in Hypothesis; the cap bounds the search cost.
const MAX_ERRORS = 64;
// Inserted text shorter than this is a local edit, searched around the expected range;
// longer insertions may hold a passage that moved there and was edited on the way.
const MIN_MOVED_LENGTH = 64;

function approximate(
  text: string,
  from: number,
  to: number,
  quote: string,
  maxErrors: number,
): RawMatch[] {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

function exactOccurrences(text: string, quote: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Searches the target for a quote by approximate matching (approx-string-match), scoring
 * each place by the quote, its context and its distance from the expected range. First at
 * and around that range; then, with a diff, where it says text was inserted (moved text
 * lands there), or without one, anywhere. With a diff, a place made mostly of text that was
 * already there beside the passage is never taken. Returns null when nothing is good enough.
 */
export function findQuote(
  target: PreparedTarget,
  selector: TextQuoteSelector,
  { expected, diff }: QuoteSearch,
): QuoteMatch | null {
  const normalized = target.normalized();
  const text = normalized.text;
  const quote = normalizeForMatching(selector.exact).text;
  if (!quote.trim()) return null;
  // Whitespace collapses into one space that belongs to the quote or its context, not both.
  let prefix = normalizeForMatching(selector.prefix ?? '').text;
  let suffix = normalizeForMatching(selector.suffix ?? '').text;
  if (quote.startsWith(' ')) prefix = prefix.replace(/ $/, '');
  if (quote.endsWith(' ')) suffix = suffix.replace(/^ /, '');
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / 2));
  const hint = expected && toNormalizedOffset(normalized, expected.start);
  const query: ExpectedQuote = { quote, prefix, suffix, hint };
  const pick = (raw: RawMatch[]): QuoteMatch | null => {
    const chosen = chooseCandidate(raw, query, normalized, diff);
    return chosen && { ...chosen, ...toOriginalRange(normalized, chosen.start, chosen.end) };
  };

  if (expected && hint !== undefined) {
    const hintEnd = Math.max(hint, toNormalizedOffset(normalized, expected.end));
    const pad = Math.max(MIN_MOVED_LENGTH, quote.length);
    const near: RawMatch[] = [];
    if (diff) {
      const errors = editDistance(quote, text.slice(hint, hintEnd));
      near.push({ start: hint, end: hintEnd, errors, mapped: true });
    }
    near.push(...approximate(text, Math.max(0, hint - pad), hintEnd + pad, quote, maxErrors));
    // Stale offsets alone cannot vouch for one copy of a repeated quote: let the others compete.
    if (!diff) near.push(...exactOccurrences(text, quote));
    const found = pick(near);
    if (found) return found;
  }

  const raw = exactOccurrences(text, quote);
  if (!diff) raw.push(...approximate(text, 0, text.length, quote, maxErrors));
  else {
    for (const hunk of diff.map.hunks) {
      if (hunk.newEnd - hunk.newStart < Math.max(MIN_MOVED_LENGTH, quote.length / 2)) continue;
      const from = Math.max(0, toNormalizedOffset(normalized, hunk.newStart) - quote.length);
      const to = toNormalizedOffset(normalized, hunk.newEnd) + quote.length;
      raw.push(...approximate(text, from, to, quote, maxErrors));
    }
  }
  return pick(raw);
}
