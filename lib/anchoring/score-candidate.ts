import { contextSimilarity } from './context-similarity';

/** A quote to look for, all in normalised form, and where it is expected to start. */
export interface ExpectedQuote {
  quote: string;
  prefix: string;
  suffix: string;
  hint?: number;
}

/** A place in the normalised target text that may hold the quote, with its scores (0-1). */
export interface ScoredCandidate {
  start: number;
  end: number;
  errors: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  confidence: number;
}

// Hypothesis weighs quote, prefix, suffix and position 50:20:20:2. Position counts more
// here because the hint usually comes from a diff rather than from stale offsets.
const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.1;
// At this distance from the hint, in characters, the position score halves.
const POSITION_SCALE = 1024;
// How far a candidate's edge may be off before its context starts to score lower.
const SLACK = 8;
// With no context to compare (a quote at the very start or end), neither reward nor punish.
const UNKNOWN = 0.5;

function prefixScore(text: string, start: number, prefix: string): number {
  if (!prefix) return start === 0 ? 1 : UNKNOWN;
  return contextSimilarity(prefix, text.slice(Math.max(0, start - prefix.length - SLACK), start));
}

function suffixScore(text: string, end: number, suffix: string): number {
  if (!suffix) return end === text.length ? 1 : UNKNOWN;
  return contextSimilarity(suffix, text.slice(end, end + suffix.length + SLACK));
}

/** Scores the candidate [start, end) of `text`, `errors` edits away from the quote. */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  errors: number,
  expected: ExpectedQuote,
): ScoredCandidate {
  const quoteScore = Math.max(0, 1 - errors / expected.quote.length);
  const before = prefixScore(text, start, expected.prefix);
  const after = suffixScore(text, end, expected.suffix);
  const position =
    expected.hint === undefined
      ? UNKNOWN
      : 1 / (1 + Math.abs(start - expected.hint) / POSITION_SCALE);
  const confidence =
    QUOTE_WEIGHT * quoteScore +
    (CONTEXT_WEIGHT * (before + after)) / 2 +
    POSITION_WEIGHT * position;
  return { start, end, errors, quoteScore, prefixScore: before, suffixScore: after, confidence };
}
