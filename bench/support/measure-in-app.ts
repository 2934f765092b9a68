import { chromium, type Page } from '@playwright/test';
import { createApiToken } from '../../lib/api-tokens/create-api-token';
import { importNewDocument } from '../../lib/documents/import-new-document';
import { createUser } from '../../lib/users/create-user';
import { resolveChromium } from '../../lib/testing/resolve-chromium';
import { launchForBench } from './launch-for-bench';
import { median } from './median';
import { words } from './words';

const RUNS = 5;
const PASSWORD = 'bench password';

/** Scrolls to the bottom in steps and returns the longest main-thread task seen, in ms. */
function longestTaskWhileScrolling(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const step = window.innerHeight * 0.9;
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    observer.disconnect();
    return longest;
  });
}

async function timeUntilLastParagraph(
  page: Page,
  load: () => Promise<unknown>,
  scope: string,
): Promise<number> {
  const start = Date.now();
  await load();
  await page.locator(`${scope} p`).last().waitFor({ state: 'attached' });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  return Date.now() - start;
}

/** Median time of RUNS uploads of `text` as a .txt file through the running app's API. */
async function endToEndImport(baseURL: string, token: string, text: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const form = new FormData();
    form.append('file', new File([text], 'bench.txt', { type: 'text/plain' }));
    const start = Date.now();
    const res = await fetch(`${baseURL}/api/v1/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (res.status !== 201) throw new Error(`Upload failed: ${res.status} ${await res.text()}`);
    times.push(Date.now() - start);
  }
  return median(times);
}

/**
 * Measures against the app started as `npm start` starts it: a 1 MB plain-text upload
 * end to end (HTTP, import, database write; median of RUNS), and time to first render
 * of a 100,000-word document in Chromium: our reader (page load until the Tiptap view
 * holds the whole text, painted) against the same text as a plain HTML page (the
 * floor), medians of RUNS; plus the longest main-thread task while scrolling through it.
 */
export async function measureInApp(oneMegabyteText: string) {
  const app = await launchForBench();
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ['--no-sandbox'],
  });
  try {
    const email = `bench-${Date.now()}@bench.test`;
    const user = await createUser({ name: 'Bench', email, password: PASSWORD });
    const { secret } = await createApiToken({ userId: user.id, name: 'bench' });
    const uploadMs = await endToEndImport(app.baseURL, secret, oneMegabyteText);
    const text = words(100_000);
    const doc = await importNewDocument({
      actor: user,
      input: { kind: 'text', text },
      title: '100,000 words',
    });
    const context = await browser.newContext({ baseURL: app.baseURL });
    const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as {
      csrfToken: string;
    };
    await context.request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: PASSWORD, json: 'true' },
    });
    const page = await context.newPage();
    const plainHtml = `<!doctype html><body style="max-width:68ch;margin:auto;font:18px/1.7 serif">${text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</body>`;
    const ours: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(
        await timeUntilLastParagraph(
          page,
          () => page.goto(`/documents/${doc.id}`, { waitUntil: 'commit' }),
          '.document-prose',
        ),
      );
      floor.push(
        await timeUntilLastParagraph(
          page,
          () => page.setContent(plainHtml, { waitUntil: 'commit' }),
          'body',
        ),
      );
    }
    await page.goto(`/documents/${doc.id}`);
    await page.locator('.document-prose p').last().waitFor({ state: 'attached' });
    const longestScrollTask = await longestTaskWhileScrolling(page);
    return {
      uploadMs,
      words: text.split(/\s+/).length,
      ours: median(ours),
      floor: median(floor),
      longestScrollTask,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}
