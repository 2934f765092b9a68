/**
 * `npm test`: type check, lint, format check, Vitest (unit and integration, on a fresh
 * database), Playwright (in Chromium, against the app started as `npm start` starts
 * it) and a one-minute soak. Stops at the first failing step; ends with "N passed, N
 * failed".
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { runCli } from '../lib/cli/run-cli';
import { createScratchDatabase } from '../lib/db/create-scratch-database';
import { findFreePort } from '../lib/net/find-free-port';
import { playwrightCounts, vitestCounts, type Counts } from '../lib/testing/count-results';
import { resolveChromium } from '../lib/testing/resolve-chromium';

const SOAK_SECONDS = 60;

function step(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(status === 0 ? `✔ ${name} (${seconds} s)` : `✘ ${name} failed (${seconds} s)`);
  return status === 0;
}

function finish(counts: Counts[], failedStep?: string): never {
  const total = counts.reduce((a, c) => ({
    passed: a.passed + c.passed,
    failed: a.failed + c.failed,
    skipped: a.skipped + c.skipped,
  }));
  if (failedStep) console.log(`\nnpm test stopped at: ${failedStep}.`);
  console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(failedStep || total.failed ? 1 : 0);
}

runCli(async () => {
  const none: Counts = { passed: 0, failed: 0, skipped: 0 };
  await rm('test-results', { recursive: true, force: true });
  const bin = (name: string) => `node_modules/.bin/${name}`;
  if (!step('Type check', bin('tsc'), ['--noEmit'])) finish([none], 'type check');
  if (!step('Lint', bin('eslint'), ['.', '--max-warnings', '0'])) finish([none], 'lint');
  if (!step('Format', bin('prettier'), ['--check', '.', '--log-level', 'warn']))
    finish([none], 'format');

  const vitestOk = step('Unit and integration tests', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/vitest.json',
  ]);
  const unit = await vitestCounts('test-results/vitest.json');
  if (!vitestOk) finish([unit], 'unit and integration tests');

  const chromiumPath = resolveChromium();
  console.log(`\nBrowser: ${chromiumPath}`);
  // With DATABASE_URL set, the app under test gets a fresh database on that server.
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase('scholia_e2e') : null;
  const env = {
    ...process.env,
    CHROMIUM_PATH: chromiumPath,
    E2E_PORT: String(await findFreePort()),
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  };
  const e2eOk = step('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], env);
  await scratch?.drop();
  const e2e = await playwrightCounts('test-results/e2e.json');
  if (!e2eOk) finish([unit, e2e], 'end-to-end tests');

  // The hardening issue's soak, shortened: 200 students for a minute on the built app. It
  // fails on any error or on servers whose memory grows; one test in the count.
  const soakOk = step(
    `Soak (${SOAK_SECONDS} s; npm run bench -- soak runs the full ten minutes)`,
    process.execPath,
    ['--import', 'tsx', 'bench/run.ts', 'soak'],
    { ...process.env, SOAK_SECONDS: String(SOAK_SECONDS), SOAK_WARMUP_SECONDS: '20' },
  );
  const soak = { passed: soakOk ? 1 : 0, failed: soakOk ? 0 : 1, skipped: 0 };
  finish([unit, e2e, soak], soakOk ? undefined : 'soak');
});
