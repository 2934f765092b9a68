/**
 * Anchoring: 5,000 annotations on a ~1 MB document, re-anchored after scattered edits to
 * about 5% of its text and a few moved paragraphs. Our engine (resolveAnchors: one shared
 * diff, positions first) against Hypothesis's per-quote search (positions checked, else
 * approx-string-match over the whole text, scored by context), in the same run.
 */
import search from 'approx-string-match';
import type { StoredAnchor } from '../lib/anchoring/anchor';
import { describeRange } from '../lib/anchoring/describe-range';
import { normalizeForMatching } from '../lib/anchoring/normalize-for-matching';
import { resolveAnchors } from '../lib/anchoring/resolve-anchors';
import type { ResolvedAnchor } from '../lib/anchoring/resolved-anchor';
import type { TextQuoteSelector } from '../lib/anchoring/selector';
import { median } from './support/median';

const RUNS = 3;
const DOC_CHARS = 1_000_000;
const ANNOTATIONS = 5_000;
const EDITED_SHARE = 0.05;
const MOVED_PARAGRAPHS = 12;
const BASELINE_BUDGET_MS = 60_000;
const BASELINE_SAMPLE = 500;

/** mulberry32: a seeded generator, so every run measures the same document and edits. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(1936);
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const WORDS = (
  'the party congress plenum general secretary bukharin stalin rykov tomsky kirov army ' +
  'marshal purge trial economy plan industry collective farm peasant grain harvest quota ' +
  'factory worker engineer manager bolshevik opposition faction vote delegate committee ' +
  'politburo decree policy reform market price wage ration famine export machine tractor ' +
  'railway coal steel output target year month region province city village border war ' +
  'peace treaty alliance france britain germany poland japan diplomat minister embassy ' +
  'newspaper pravda article speech letter memoir archive record figure estimate census ' +
  'historian argued claimed wrote believed feared promised denied accepted rejected led ' +
  'a an of in on to for with by from after before during under against among between ' +
  'would could might should was were had has not only also more most less far very'
).split(' ');

function sentence(): string {
  const words = Array.from({ length: int(6, 24) }, () => pick(WORDS));
  if (rand() < 0.1) words.splice(int(0, words.length - 1), 0, `\u201C${pick(WORDS)}\u201D`);
  if (rand() < 0.2) words.push(String(int(1917, 1991)));
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + pick(['.', '.', '.', '?', ';']);
}

/** Forum-like text: paragraphs of fresh sentences, stock phrases, and whole quoted posts. */
function document(): string {
  const stock = Array.from({ length: 40 }, sentence);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < DOC_CHARS) {
    const p =
      paragraphs.length > 10 && rand() < 0.03
        ? pick(paragraphs)
        : Array.from({ length: int(2, 8) }, () => (rand() < 0.1 ? pick(stock) : sentence())).join(
            ' ',
          );
    paragraphs.push(rand() < 0.05 ? `\u00A0\n${p}` : p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

function wordStarts(text: string): number[] {
  return [...text.matchAll(/\S+/g)].map((m) => m.index);
}

/** Scattered word edits, applied at once, and where each old character went (-1: deleted). */
function edit(text: string): { text: string; newOf: Int32Array } {
  const starts = wordStarts(text);
  type Piece = { from: number; to: number } | { insert: string };
  const removed: [number, number][] = [];
  const added = new Map<number, Piece[]>();
  const paragraphs = [...text.matchAll(/[^\n]+/g)].filter((m) => m.index > 0);
  for (let m = 0; m < MOVED_PARAGRAPHS; m++) {
    const p = pick(paragraphs);
    removed.push([p.index, p.index + p[0].length + 2]);
    const to = pick(paragraphs).index;
    added.set(to, [
      ...(added.get(to) ?? []),
      { from: p.index, to: p.index + p[0].length },
      { insert: '\n\n' },
    ]);
  }
  let budget = text.length * EDITED_SHARE;
  while (budget > 0) {
    const i = int(0, starts.length - 8);
    const at = starts[i]!;
    const kind = rand();
    const words = () => Array.from({ length: int(1, 5) }, () => pick(WORDS)).join(' ') + ' ';
    if (kind < 0.35) {
      const insert = words();
      added.set(at, [...(added.get(at) ?? []), { insert }]);
      budget -= insert.length;
    } else {
      const end = starts[i + int(1, 5)]!;
      removed.push([at, end]);
      budget -= end - at;
      if (kind < 0.7) {
        const insert = words();
        added.set(at, [...(added.get(at) ?? []), { insert }]);
        budget -= insert.length;
      }
    }
  }
  const gone = new Uint8Array(text.length);
  for (const [from, to] of removed) gone.fill(1, from, to);
  const newOf = new Int32Array(text.length).fill(-1);
  const out: string[] = [];
  let length = 0;
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) newOf[i] = length + i - from;
    out.push(text.slice(from, to));
    length += to - from;
  };
  for (let i = 0; i <= text.length; i++) {
    for (const piece of added.get(i) ?? []) {
      if ('insert' in piece) {
        out.push(piece.insert);
        length += piece.insert.length;
      } else keep(piece.from, piece.to);
    }
    if (i < text.length && !gone[i]) keep(i, i + 1);
  }
  return { text: out.join(''), newOf };
}

/**
 * Where an annotation's text ended up: `core`, the largest piece of it that survives in one
 * run (null when under half survives), and `outer`, the span between its nearest surviving
 * neighbours, which also takes in text inserted at its edges.
 */
type Truth = { core: [number, number]; outer: [number, number] } | null;

function truth(newOf: Int32Array, start: number, end: number): Truth {
  let core: [number, number] | null = null;
  let runStart = -1;
  for (let i = start; i <= end; i++) {
    const alive = i < end && newOf[i]! >= 0;
    const extended = alive && runStart >= 0 && newOf[i] === newOf[i - 1]! + 1;
    if (runStart >= 0 && !extended) {
      if (!core || i - runStart > core[1] - core[0]) core = [runStart, i];
      runStart = -1;
    }
    if (alive && runStart < 0) runStart = i;
  }
  if (!core || (core[1] - core[0]) * 2 < end - start) return null;
  const from = newOf[core[0]]!;
  const to = newOf[core[1] - 1]! + 1;
  let before = start - 1;
  while (before >= 0 && newOf[before]! < 0) before--;
  let after = end;
  while (after < newOf.length && newOf[after]! < 0) after++;
  const left = before >= 0 && newOf[before]! < from ? newOf[before]! + 1 : from;
  const right = after < newOf.length && newOf[after]! >= to ? newOf[after]! : to;
  const slack = end - start;
  return { core: [from, to], outer: [Math.max(left, from - slack), Math.min(right, to + slack)] };
}

// Approximate matches may take in a few characters of an edit next to the passage.
const EDGE_SLACK = 8;

/** Right place: within the span between surviving neighbours, covering half the surviving text. */
function correct(got: { start: number | null; end: number | null } | null, want: Truth) {
  if (!got || got.start === null || got.end === null || !want) return false;
  const [from, to] = want.core;
  const covered = Math.min(got.end, to) - Math.max(got.start, from);
  return (
    got.start >= want.outer[0] - EDGE_SLACK &&
    got.end <= want.outer[1] + EDGE_SLACK &&
    covered * 2 >= to - from
  );
}

/** Hypothesis's matchQuote (src/annotator/anchoring/match-quote.ts), ported as is. */
function hypothesisMatchQuote(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  hint: number,
) {
  const find = (t: string, str: string, maxErrors: number) => {
    const exact: { start: number; end: number; errors: number }[] = [];
    for (let at = t.indexOf(str); at !== -1; at = t.indexOf(str, at + 1)) {
      exact.push({ start: at, end: at + str.length, errors: 0 });
    }
    return exact.length > 0 ? exact : search(t, str, maxErrors);
  };
  const similarity = (t: string, str: string) =>
    str.length === 0 || t.length === 0 ? 0 : 1 - find(t, str, str.length)[0]!.errors / str.length;
  if (quote.length === 0) return null;
  const matches = find(text, quote, Math.min(256, quote.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const prefixScore = prefix
      ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - hint) / text.length;
    const score =
      (50 * (1 - m.errors / quote.length) + 20 * prefixScore + 20 * suffixScore + 2 * posScore) /
      92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}

function hypothesisAnchor(
  anchor: StoredAnchor,
  text: string,
): { start: number; end: number } | null {
  const [quote, position] = anchor.selectors as [TextQuoteSelector, { start: number; end: number }];
  if (text.slice(position.start, position.end) === quote.exact) return position;
  return hypothesisMatchQuote(
    text,
    quote.exact,
    quote.prefix ?? '',
    quote.suffix ?? '',
    position.start,
  );
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/** The median time of RUNS runs, after `warm` unmeasured ones. */
function medianMs<T>(work: () => T, warm: number): { result: T; ms: number } {
  for (let i = 0; i < warm; i++) work();
  const runs = Array.from({ length: RUNS }, () => timed(work));
  return { result: runs[0]!.result, ms: median(runs.map((r) => r.ms)) };
}

type Placed = { start: number | null; end: number | null } | null;

const pct = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const duration = (ms: number) =>
  ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;

function annotate(text: string): StoredAnchor[] {
  const starts = wordStarts(text);
  return Array.from({ length: ANNOTATIONS }, () => {
    const i = int(0, starts.length - 40);
    const words = pick([int(1, 4), int(5, 12), int(5, 12), int(13, 30)]);
    return { versionId: 'v1', selectors: describeRange(text, starts[i]!, starts[i + words]! - 1) };
  });
}

/** Runs the benchmark; the last line compares speed, recall and wrong exact/moved results. */
export async function run(): Promise<void> {
  const oldText = document();
  const anchors = annotate(oldText);
  const { text: newText, newOf } = edit(oldText);
  const expected = anchors.map((a) => {
    const { start, end } = a.selectors[1] as { start: number; end: number };
    return truth(newOf, start, end);
  });

  const target = { versionId: 'v2', text: newText };
  const ours = medianMs(
    () => resolveAnchors(anchors, target, [{ versionId: 'v1', text: oldText }]),
    1,
  );
  const results: ResolvedAnchor[] = ours.result;

  const order = anchors.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // The first sample run warms up and tells whether all annotations fit in the budget.
  const sample = order.slice(0, BASELINE_SAMPLE);
  const probe = timed(() => sample.map((i) => hypothesisAnchor(anchors[i]!, newText)));
  const full = (probe.ms * ANNOTATIONS * RUNS) / BASELINE_SAMPLE <= BASELINE_BUDGET_MS;
  const measured = full ? order : sample;
  const baseline = medianMs(() => measured.map((i) => hypothesisAnchor(anchors[i]!, newText)), 0);
  const baselineMs = (baseline.ms * ANNOTATIONS) / measured.length;

  const recall = (got: Placed[], of: number[]) =>
    of.filter((i, k) => correct(got[k]!, expected[i]!)).length /
    of.filter((i) => expected[i]).length;
  const oursRecall = recall(
    order.map((i) => results[i]!),
    order,
  );
  const oursSampleRecall = recall(
    measured.map((i) => results[i]!),
    measured,
  );
  const baselineRecall = recall(baseline.result, measured);

  let wrong = 0;
  let otherOccurrence = 0;
  results.forEach((r, i) => {
    if (r.status !== 'exact' && r.status !== 'moved') return;
    const quote = (anchors[i]!.selectors[0] as TextQuoteSelector).exact;
    const norm = (t: string) => normalizeForMatching(t).text;
    if (norm(newText.slice(r.start, r.end)) !== norm(quote)) wrong += 1;
    else if (!correct(r, expected[i]!)) otherOccurrence += 1;
  });
  const count = (status: ResolvedAnchor['status']) =>
    results.filter((r) => r.status === status).length;
  const lost = order.filter((i) => !expected[i]);
  const lostOrphaned = lost.filter((i) => results[i]!.status === 'orphan').length;
  const lostInSample = measured.filter((i) => !expected[i]).length;
  const lostPlacedByBaseline = measured.filter((i, k) => !expected[i] && baseline.result[k]).length;

  const mb = (text: string) => `${(text.length / 1e6).toFixed(2)} M chars`;
  console.log(
    `Document ${mb(oldText)}, ${mb(newText)} after ~${EDITED_SHARE * 100}% scattered word edits and ` +
      `${MOVED_PARAGRAPHS} moved paragraphs; ${ANNOTATIONS} annotations, ${ANNOTATIONS - lost.length} ` +
      `with at least half their text surviving in one run (recall counts those).`,
  );
  const sampled = full ? '' : ` (extrapolated from ${measured.length})`;
  console.table({
    'ours (resolveAnchors)': {
      'time, median': duration(ours.ms),
      annotations: ANNOTATIONS,
      recall: pct(oursRecall),
      [`recall on the ${measured.length}`]: pct(oursSampleRecall),
    },
    'per-quote (Hypothesis)': {
      'time, median': `${duration(baselineMs)}${sampled}`,
      annotations: measured.length,
      recall: full ? pct(baselineRecall) : '-',
      [`recall on the ${measured.length}`]: pct(baselineRecall),
    },
  });
  console.log(
    `Ours by status: exact ${count('exact')}, moved ${count('moved')}, fuzzy ${count('fuzzy')}, ` +
      `orphan ${count('orphan')}. Exact/moved on the right text but another occurrence than the ` +
      `tracked one: ${otherOccurrence}. Lost annotations: ours orphaned ${lostOrphaned} of ` +
      `${lost.length} and marked the rest fuzzy; the baseline placed ${lostPlacedByBaseline} of ` +
      `${lostInSample} somewhere, with no status.`,
  );
  console.log(
    `Medians of ${RUNS} runs after a warm-up.` +
      (full
        ? ''
        : ` The baseline ran on a random sample of ${measured.length}, scaled to ${ANNOTATIONS}; recall is compared on that sample.`),
  );
  const ratio = baselineMs / ours.ms;
  console.log(
    `anchoring: ours ${duration(ours.ms)} vs per-quote ${duration(baselineMs)} (${ratio.toFixed(0)}x faster); ` +
      `recall ${pct(oursSampleRecall)} vs ${pct(baselineRecall)}; wrong exact/moved: ${wrong}`,
  );
}
