import { readFile } from 'node:fs/promises';

/** Passed, failed and skipped test counts. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

async function readJson(file: string): Promise<Record<string, unknown> | null> {
  return readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, unknown>,
    () => null,
  );
}

/** Counts from Vitest's JSON report. */
export async function vitestCounts(file: string): Promise<Counts> {
  const r = await readJson(file);
  const n = (key: string) => Number(r?.[key] ?? 0);
  return {
    passed: n('numPassedTests'),
    failed: n('numFailedTests'),
    skipped: n('numPendingTests') + n('numTodoTests'),
  };
}

/** Counts from Playwright's JSON report; flaky tests count as failed. */
export async function playwrightCounts(file: string): Promise<Counts> {
  const stats = ((await readJson(file))?.stats ?? {}) as Record<string, number>;
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}
