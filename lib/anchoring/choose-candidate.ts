import type { VersionMap } from './build-version-map';
import { editDistance } from './edit-distance';
import { foreignShare } from './foreign-share';
import type { NormalizedText } from './normalize-for-matching';
import { scoreCandidate, type ExpectedQuote, type ScoredCandidate } from './score-candidate';
import { snapToWords } from './snap-to-words';
import { toOriginalRange } from './to-original-range';
import { trimToContext } from './trim-to-context';

/** A place that may hold the quote, in normalised offsets; `mapped` if the diff put it there. */
export interface RawMatch {
  start: number;
  end: number;
  errors: number;
  mapped?: boolean;
}

type Candidate = ScoredCandidate & { mapped: boolean };

const MIN_QUOTE_SCORE = 0.5;
const MIN_CONFIDENCE = 0.6;
// Below this length (normalised) a quote recurs by chance, so a search hit needs context too.
const SHORT_QUOTE = 24;
const SHORT_QUOTE_CONTEXT = 0.75;
const ONE_SIDED_CONTEXT = 0.9;
const VERIFIED_CONTEXT = 0.9;
// A place made mostly of text that was already beside the passage is not the passage.
const MAX_FOREIGN = 0.5;
const MAX_SCORED = 64;
// Characters of context compared exactly to rank many candidates before scoring them.
const CONTEXT_PROBE = 8;

/** The most promising matches: context agreeing at the edges, few errors, near the hint. */
function mostPromising(text: string, raw: RawMatch[], expected: ExpectedQuote): RawMatch[] {
  if (raw.length <= MAX_SCORED) return raw;
  const head = expected.suffix.slice(0, CONTEXT_PROBE);
  const tail = expected.prefix.slice(-CONTEXT_PROBE);
  const hint = expected.hint ?? 0;
  const hits = (m: RawMatch) =>
    Number(!!tail && text.startsWith(tail, m.start - tail.length)) +
    Number(!!head && text.startsWith(head, m.end));
  return raw
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

function acceptable(c: Candidate, quote: string): boolean {
  if (c.quoteScore < MIN_QUOTE_SCORE || c.confidence < MIN_CONFIDENCE) return false;
  // The diff, not chance, put the mapped range there, so it needs no context.
  if (c.mapped || quote.length >= SHORT_QUOTE) return true;
  return (
    (c.prefixScore + c.suffixScore) / 2 >= SHORT_QUOTE_CONTEXT ||
    Math.max(c.prefixScore, c.suffixScore) >= ONE_SIDED_CONTEXT
  );
}

function isVerified(c: Candidate): boolean {
  return c.errors === 0 && Math.min(c.prefixScore, c.suffixScore) >= VERIFIED_CONTEXT;
}

/**
 * Scores the places found for a quote and picks the best acceptable one, or null. With a
 * diff, places made mostly of text that was already beside the passage are dropped first.
 * The winner is `verified` when it is the quote itself with matching context on both
 * sides and no other place is; an unverified winner gets its edges tidied.
 */
export function chooseCandidate(
  raw: RawMatch[],
  expected: ExpectedQuote,
  normalized: NormalizedText,
  diff: { map: VersionMap; start: number; end: number } | undefined,
): { start: number; end: number; confidence: number; verified: boolean; mapped: boolean } | null {
  const text = normalized.text;
  const own = (m: RawMatch) => {
    if (!diff) return true;
    const range = toOriginalRange(normalized, m.start, m.end);
    return foreignShare(diff.map, range.start, range.end, diff.start, diff.end) <= MAX_FOREIGN;
  };
  const rescore = (start: number, end: number, errors?: number) =>
    scoreCandidate(
      text,
      start,
      end,
      errors ?? editDistance(expected.quote, text.slice(start, end)),
      expected,
    );
  const candidates: Candidate[] = mostPromising(text, raw.filter(own), expected).map((m) => {
    if (m.mapped) return { ...rescore(m.start, m.end, m.errors), mapped: true };
    const { start, end } = trimToContext(text, m.start, m.end, expected.prefix, expected.suffix);
    const trimmed = start !== m.start || end !== m.end;
    return { ...rescore(start, end, trimmed ? undefined : m.errors), mapped: false };
  });

  let top: Candidate | undefined;
  for (const c of candidates) {
    if ((!top || c.confidence > top.confidence) && acceptable(c, expected.quote)) top = c;
  }
  if (!top) return null;
  const winner = top;
  const verified =
    isVerified(winner) && !candidates.some((c) => c.start !== winner.start && isVerified(c));
  let chosen: ScoredCandidate = winner;
  if (!verified && !winner.mapped) {
    const { quote, prefix, suffix } = expected;
    const snapped = snapToWords(text, winner.start, winner.end, quote, prefix, suffix);
    if (snapped.start !== winner.start || snapped.end !== winner.end) {
      chosen = rescore(snapped.start, snapped.end);
    }
  }
  return {
    start: chosen.start,
    end: chosen.end,
    confidence: Math.min(1, chosen.confidence),
    verified,
    mapped: winner.mapped,
  };
}
