import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../lib/net/find-free-port';

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe('npm start with a bad configuration', () => {
  it('explains a malformed DATABASE_URL in one sentence and exits non-zero', () => {
    const { code, stderr } = start({ DATABASE_URL: 'definitely not a url', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Error: DATABASE_URL is not a valid URL; [^\n]+\.$/);
  });

  it('explains an unreachable DATABASE_URL in one sentence and exits non-zero', async () => {
    const port = await findFreePort();
    const { code, stderr } = start({
      DATABASE_URL: `postgresql://nobody@127.0.0.1:${port}/x`,
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Error: Could not connect to the database at 127\.0\.0\.1:\d+ [^\n]+\.$/,
    );
  });

  it('explains a bad PORT', () => {
    const { code, stderr } = start({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toBe('Error: PORT must be a number from 1 to 65535, not "eighty".');
  });
});
