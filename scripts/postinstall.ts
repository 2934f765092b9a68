/**
 * After `npm install`: complete the lockfile for other platforms (see
 * lib/tooling/complete-lockfile.ts), then generate the Prisma client.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { completeLockfile } from '../lib/tooling/complete-lockfile';

const lockText = await readFile('package-lock.json', 'utf8').catch(() => null);
if (lockText) {
  const lock = JSON.parse(lockText) as { packages: Parameters<typeof completeLockfile>[0] };
  const { packages, added } = completeLockfile(lock.packages);
  if (added.length) {
    await writeFile('package-lock.json', `${JSON.stringify({ ...lock, packages }, null, 2)}\n`);
    console.log(`package-lock.json: added ${added.length} other-platform optional entries.`);
  }
}

// The CLI would try to download a native schema engine it does not need for generate.
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/dev/null',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);
