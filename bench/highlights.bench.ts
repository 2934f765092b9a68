import { chromium, type Page } from '@playwright/test';
import { describeRange } from '../lib/anchoring/describe-range';
import { getDb } from '../lib/db/prisma';
import { importNewDocument } from '../lib/documents/import-new-document';
import { resolveChromium } from '../lib/testing/resolve-chromium';
import { createUser } from '../lib/users/create-user';
import { launchForBench } from './support/launch-for-bench';
import { median } from './support/median';
import { words } from './support/words';

const RUNS = 5;
const HIGHLIGHTS = 5000;
const PASSWORD = 'bench password';

/** A condition on the page, given the number of highlights. */
type Ready = (highlights: number) => boolean;

async function seedHighlights(userId: string, documentId: string) {
  const db = getDb();
  const version = await db.documentVersion.findFirstOrThrow({
    where: { documentId },
    select: { id: true, text: true },
  });
  const step = Math.floor(version.text.length / HIGHLIGHTS);
  const rows = Array.from({ length: HIGHLIGHTS }, (_, i) => {
    const start = i * step + 3;
    const [quote, position] = describeRange(version.text, start, start + 12 + (i % 30));
    return {
      documentId,
      versionId: version.id,
      authorId: userId,
      visibility: 'PRIVATE' as const,
      color: ['key-idea', 'question', 'evidence', 'disagree', 'vocabulary'][i % 5]!,
      quoteExact: quote.exact,
      quotePrefix: quote.prefix ?? '',
      quoteSuffix: quote.suffix ?? '',
      positionStart: position.start,
      positionEnd: position.end,
    };
  });
  await db.annotation.createMany({ data: rows });
}

/** Loads the document and returns ms until `ready` holds, then two frames later (painted). */
async function timeUntil(page: Page, url: string, ready: Ready): Promise<number> {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, HIGHLIGHTS, { polling: 'raf', timeout: 120_000 });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  return Date.now() - start;
}

/**
 * Once the page has settled (`settled` holds: the margin shows its notes), scrolls 300 px
 * a frame for 300 frames and returns the 95th-percentile frame time in ms.
 */
async function p95FrameWhileScrolling(page: Page, settled: Ready): Promise<number> {
  await page.waitForFunction(settled, HIGHLIGHTS, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  return page.evaluate(async () => {
    // Let the cards that just mounted report their heights before measuring.
    await new Promise((r) => setTimeout(r, 300));
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 300; i++) {
      window.scrollBy(0, 300);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length * 0.95)]!;
  });
}

/**
 * Chromium, a 100,000-word document with 5,000 highlights: time until all are painted
 * and the p95 frame time while scrolling, against the same document without highlights.
 */
export async function run(): Promise<void> {
  const app = await launchForBench();
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ['--no-sandbox'],
  });
  try {
    const email = `highlights-${Date.now()}@bench.test`;
    const user = await createUser({ name: 'Bench', email, password: PASSWORD });
    const text = words(100_000);
    const marked = await importNewDocument({
      actor: user,
      input: { kind: 'text', text },
      title: 'With highlights',
    });
    const plain = await importNewDocument({
      actor: user,
      input: { kind: 'text', text },
      title: 'Without',
    });
    await seedHighlights(user.id, marked.id);
    const context = await browser.newContext({
      baseURL: app.baseURL,
      viewport: { width: 1280, height: 900 },
    });
    const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as {
      csrfToken: string;
    };
    await context.request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: PASSWORD, json: 'true' },
    });
    const page = await context.newPage();
    // Functions, not strings: the app's Content-Security-Policy forbids eval.
    const withMarks: Ready = (n) =>
      document.querySelectorAll('mark.annotation-highlight').length >= n;
    const withText: Ready = () =>
      !!document.querySelector('.document-prose') &&
      document.body.innerText.includes('No notes yet');
    // The highlights paint with the text; the cards beside them follow from the API.
    const withCards: Ready = () =>
      document.querySelector('[data-testid="annotation-card"]') !== null;
    const painted: number[] = [];
    const baseline: number[] = [];
    const frames: number[] = [];
    const baseFrames: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      painted.push(await timeUntil(page, `/documents/${marked.id}`, withMarks));
      frames.push(await p95FrameWhileScrolling(page, withCards));
      baseline.push(await timeUntil(page, `/documents/${plain.id}`, withText));
      baseFrames.push(await p95FrameWhileScrolling(page, withText));
    }
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.table([
      { measure: `until ${HIGHLIGHTS} highlights are painted`, median: ms(median(painted)) },
      {
        measure: 'until the same text is painted, no highlights (baseline)',
        median: ms(median(baseline)),
      },
      { measure: 'p95 frame while scrolling, with highlights', median: ms(median(frames)) },
      { measure: 'p95 frame while scrolling, baseline', median: ms(median(baseFrames)) },
    ]);
    console.log(`Runs (ms): painted ${painted.join(', ')}; baseline ${baseline.join(', ')}.`);
    console.log(
      `p95 frames (ms): ${frames.map(Math.round).join(', ')}; baseline ${baseFrames.map(Math.round).join(', ')}.`,
    );
    console.log(`Medians of ${RUNS} runs; 100,000 words; Chromium ${browser.version()}.`);
    console.log(
      `highlights: ${HIGHLIGHTS} painted in ${ms(median(painted))} (${(median(painted) / median(baseline)).toFixed(2)}x text alone); ` +
        `p95 scroll frame ${ms(median(frames))} vs ${ms(median(baseFrames))} (${(median(frames) / median(baseFrames)).toFixed(2)}x)`,
    );
  } finally {
    await browser.close();
    await app.stop();
  }
}
