import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { UsageError } from '../cli/run-cli';

const HOW_TO =
  "install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again";

/** Where resolveChromium looks, and how it installs; replaceable in tests. */
export interface ChromiumSources {
  envPath: string | undefined;
  systemPath: string;
  playwrightPath: () => string;
  install: () => void;
  exists: (path: string) => boolean;
}

const defaults: ChromiumSources = {
  envPath: process.env.CHROMIUM_PATH,
  systemPath: '/usr/bin/chromium',
  playwrightPath: () => chromium.executablePath(),
  install: () => {
    console.log('No Chromium found; trying Playwright’s installer…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  },
  exists: existsSync,
};

/**
 * The Chromium the browser tests use: CHROMIUM_PATH, then /usr/bin/chromium, then
 * Playwright's own build, installing that if needed. Throws one sentence when none
 * can be had.
 */
export function resolveChromium(overrides: Partial<ChromiumSources> = {}): string {
  const s = { ...defaults, ...overrides };
  if (s.envPath) {
    if (s.exists(s.envPath)) return s.envPath;
    throw new UsageError(`CHROMIUM_PATH is set to ${s.envPath}, which does not exist; ${HOW_TO}.`);
  }
  if (s.exists(s.systemPath)) return s.systemPath;
  const own = () => {
    const path = s.playwrightPath();
    return path && s.exists(path) ? path : null;
  };
  const found = own();
  if (found) return found;
  s.install();
  const installed = own();
  if (installed) return installed;
  throw new UsageError(`No Chromium was found and Playwright could not download one; ${HOW_TO}.`);
}
