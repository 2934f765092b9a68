import search from 'approx-string-match';
import type { VersionMap } from './build-version-map';
import { editDistance } from './edit-distance';
import { normalizeForMatching } from './normalize-for-matching';
import type { PreparedTarget } from './prepare-target';
import { scoreCandidate, type ExpectedQuote, type ScoredCandidate } from './score-candidate';
import type { TextQuoteSelector } from './selector';
import { toNormalizedOffset } from './to-normalized-offset';
import { toOriginalRange } from './to-original-range';

/** Where the quote search placed a quote, in offsets of the target's original text. */
export interface QuoteMatch {
  start: number;
  end: number;
  confidence: number;
  /** The text there is the quote itself, with matching context on both sides, and nowhere else. */
  verified: boolean;
}

type Raw = { start: number; end: number; errors: number };

const MIN_CONFIDENCE = 0.7;
// Below this length (normalised) a quote recurs by chance, so its context must agree too.
const SHORT_QUOTE = 24;
const SHORT_QUOTE_CONTEXT = 0.8;
const VERIFIED_CONTEXT = 0.9;
// Errors allowed grow with the quote, as in Hypothesis; the cap bounds the search cost.
const MAX_ERRORS = 64;
const MAX_SCORED = 64;
// Inserted text shorter than this is a local edit, searched around the expected range;
// longer insertions may hold a passage that moved there and was edited on the way.
const MIN_MOVED_LENGTH = 64;
// Characters of context compared exactly to rank many candidates before scoring them.
const CONTEXT_PROBE = 8;

function accepted(c: ScoredCandidate, quote: string): boolean {
  if (c.confidence < MIN_CONFIDENCE) return false;
  return quote.length >= SHORT_QUOTE || (c.prefixScore + c.suffixScore) / 2 >= SHORT_QUOTE_CONTEXT;
}

function isVerified(c: ScoredCandidate): boolean {
  return c.errors === 0 && Math.min(c.prefixScore, c.suffixScore) >= VERIFIED_CONTEXT;
}

function approximate(
  text: string,
  from: number,
  to: number,
  quote: string,
  maxErrors: number,
): Raw[] {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

function exactOccurrences(text: string, quote: string): Raw[] {
  const found: Raw[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** Whether the new-text range [start, end) overlaps text the map says was inserted. */
function overlapsInsertion(map: VersionMap, start: number, end: number): boolean {
  let lo = 0;
  let hi = map.hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map.hunks[mid]!.newEnd <= start) lo = mid + 1;
    else hi = mid;
  }
  const hunk = map.hunks[lo];
  return hunk !== undefined && hunk.newStart < end && hunk.newEnd > hunk.newStart;
}

/** Scores the most promising raw matches: context agreeing at the edges, few errors, near the hint. */
function scoreAll(text: string, raw: Raw[], expected: ExpectedQuote): ScoredCandidate[] {
  let ranked = raw;
  if (raw.length > MAX_SCORED) {
    const head = expected.suffix.slice(0, CONTEXT_PROBE);
    const tail = expected.prefix.slice(-CONTEXT_PROBE);
    const hint = expected.hint ?? 0;
    const hits = (m: Raw) =>
      Number(!!tail && text.startsWith(tail, m.start - tail.length)) +
      Number(!!head && text.startsWith(head, m.end));
    ranked = raw
      .map((m) => ({ m, hits: hits(m) }))
      .sort(
        (a, b) =>
          b.hits - a.hits ||
          a.m.errors - b.m.errors ||
          Math.abs(a.m.start - hint) - Math.abs(b.m.start - hint),
      )
      .slice(0, MAX_SCORED)
      .map(({ m }) => m);
  }
  return ranked.map((m) => scoreCandidate(text, m.start, m.end, m.errors, expected));
}

/** The best accepted candidate; verified only if no other place is verified as well. */
function best(candidates: ScoredCandidate[], quote: string) {
  let top: ScoredCandidate | undefined;
  for (const c of candidates) if (!top || c.confidence > top.confidence) top = c;
  if (!top || !accepted(top, quote)) return undefined;
  const verified =
    isVerified(top) && !candidates.some((c) => c.start !== top.start && isVerified(c));
  return { candidate: top, verified };
}

/**
 * Searches the target for a quote by approximate matching (approx-string-match), scoring
 * each place by the quote, its context and its distance from `expected`, the range where
 * positions or the version map put it. First at and around that range. Then, with a map,
 * only where the map says text was inserted, since any other text was already there in
 * the old version and so is not this passage; without one, anywhere. Returns null when
 * nothing scores well enough.
 */
export function findQuote(
  target: PreparedTarget,
  selector: TextQuoteSelector,
  expected: { start: number; end: number } | undefined,
  map: VersionMap | undefined,
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
  const toMatch = (choice: ReturnType<typeof best>): QuoteMatch | null =>
    choice
      ? {
          ...toOriginalRange(normalized, choice.candidate.start, choice.candidate.end),
          confidence: Math.min(1, choice.candidate.confidence),
          verified: choice.verified,
        }
      : null;

  let hint: number | undefined;
  if (expected) {
    hint = toNormalizedOffset(normalized, expected.start);
    const hintEnd = Math.max(hint, toNormalizedOffset(normalized, expected.end));
    const pad = Math.max(MIN_MOVED_LENGTH, quote.length);
    const near = approximate(text, Math.max(0, hint - pad), hintEnd + pad, quote, maxErrors);
    // The expected range itself, edits and all: its edges come from the diff, where the
    // closest approximate match may reach into the context.
    near.push({
      start: hint,
      end: hintEnd,
      errors: editDistance(quote, text.slice(hint, hintEnd)),
    });
    const choice = best(scoreAll(text, near, { quote, prefix, suffix, hint }), quote);
    if (choice) return toMatch(choice);
  }

  let raw = exactOccurrences(text, quote);
  if (!map) raw.push(...approximate(text, 0, text.length, quote, maxErrors));
  else {
    raw = raw.filter((m) => {
      const range = toOriginalRange(normalized, m.start, m.end);
      return overlapsInsertion(map, range.start, range.end);
    });
    for (const hunk of map.hunks) {
      if (hunk.newEnd - hunk.newStart < Math.max(MIN_MOVED_LENGTH, quote.length / 2)) continue;
      const from = Math.max(0, toNormalizedOffset(normalized, hunk.newStart) - quote.length);
      const to = toNormalizedOffset(normalized, hunk.newEnd) + quote.length;
      raw.push(...approximate(text, from, to, quote, maxErrors));
    }
  }
  return toMatch(best(scoreAll(text, raw, { quote, prefix, suffix, hint }), quote));
}
