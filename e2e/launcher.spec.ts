import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { findFreePort } from '../lib/net/find-free-port';
import { DEMO_PASSWORD, signInViaApi, signUpViaUi, uniqueEmail } from './support/auth';
import { launchApp, waitForOutput } from './support/launch-app';

const DEMO = [
  'instructor@demo.test',
  'moderator@demo.test',
  'student1@demo.test',
  'student2@demo.test',
];

function processesUsing(dir: string): string[] {
  return execSync('ps -eo args', { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir));
}

test('npm start on an empty data folder serves the app, keeps data across restarts and stops cleanly', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scholia-launch-'));
  const port = await findFreePort();
  const baseURL = `http://localhost:${port}`;
  // An unset DATABASE_URL means the embedded database, exactly as on a fresh machine.
  const env = { PORT: String(port), SCHOLIA_DATA_DIR: dir, DATABASE_URL: undefined };

  const first = launchApp(env);
  await waitForOutput(first, 'Press Ctrl-C to stop.', 240_000);
  expect(first.output()).toContain(`Scholia is running at ${baseURL}`);
  expect(first.output()).toContain('Wrote the demo course, accounts and documents.');
  for (const email of DEMO) expect(first.output()).toContain(email);
  expect(first.output()).toContain('password: demo-password');

  for (const email of DEMO) {
    const api = await playwright.request.newContext({ baseURL });
    await signInViaApi(api, email, DEMO_PASSWORD);
    await api.dispose();
  }
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const newcomer = {
    name: 'Persisted Person',
    email: uniqueEmail('persist'),
    password: 'still here tomorrow',
  };
  await signUpViaUi(page, newcomer);
  await context.close();

  // Ctrl-C in a terminal signals the whole foreground process group.
  // npm itself dies of the signal, as in a terminal; the launcher must still finish its shutdown.
  process.kill(-first.child.pid!, 'SIGINT');
  await waitForOutput(first, 'Stopped.', 30_000);
  await first.exited;
  await expect.poll(() => processesUsing(dir), { timeout: 20_000 }).toEqual([]);
  expect(existsSync(path.join(dir, 'postgres', 'postmaster.pid'))).toBe(false);

  // Second run: same folder, data kept, no second seed; OAuth buttons appear once configured.
  const second = launchApp({
    ...env,
    GITHUB_ID: 'scholia-test-id',
    GITHUB_SECRET: 'scholia-test-secret',
  });
  await waitForOutput(second, 'Press Ctrl-C to stop.', 120_000);
  expect(second.output()).not.toContain('Wrote the demo course');
  const api = await playwright.request.newContext({ baseURL });
  await signInViaApi(api, newcomer.email, newcomer.password);
  await api.dispose();
  const page2 = await (await browser.newContext({ baseURL })).newPage();
  await page2.goto('/signin');
  await expect(page2.getByRole('button', { name: 'Continue with GitHub' })).toBeVisible();
  await expect(page2.getByRole('button', { name: /Continue with Google/ })).toHaveCount(0);

  // A service manager sends SIGTERM to the main process alone; npm passes it on.
  process.kill(second.child.pid!, 'SIGTERM');
  await waitForOutput(second, 'Stopped.', 30_000);
  await second.exited;
  await expect.poll(() => processesUsing(dir), { timeout: 20_000 }).toEqual([]);
  await rm(dir, { recursive: true, force: true });
});
