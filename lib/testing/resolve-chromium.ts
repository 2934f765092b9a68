import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { UsageError } from '../cli/run-cli';

const HOW_TO =
  "install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again";

function playwrightsOwn(): string | null {
  const path = chromium.executablePath();
  return path && existsSync(path) ? path : null;
}

/**
 * The Chromium the browser tests use: CHROMIUM_PATH, then /usr/bin/chromium, then
 * Playwright's own build, installing that if needed. Throws one sentence when none
 * can be had.
 */
export function resolveChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new UsageError(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist; ${HOW_TO}.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const own = playwrightsOwn();
  if (own) return own;
  console.log('No Chromium found; trying Playwright’s installer…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  const installed = playwrightsOwn();
  if (installed) return installed;
  throw new UsageError(`No Chromium was found and Playwright could not download one; ${HOW_TO}.`);
}
