import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../lib/net/find-free-port';
import { startDatabase } from '../../lib/db/start-database';

/**
 * Starts the app exactly as `npm start` does, on a fresh data folder and a free port,
 * and attaches this process to its database so a benchmark can write fixtures.
 */
export async function launchForBench() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scholia-bench-'));
  await chmod(dir, 0o755);
  const port = await findFreePort();
  // No DATABASE_URL: the app runs on its own embedded database, as on a fresh machine.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SCHOLIA_DATA_DIR: dir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Press Ctrl-C to stop.')) resolve();
    });
    child.once('exit', () => reject(new Error(`The app exited while starting:\n${out}`)));
  });
  const db = await startDatabase({ dataDir: dir });
  process.env.DATABASE_URL = db.url;
  return {
    baseURL: `http://localhost:${port}`,
    /** The launcher's process; the web and collab servers are its children. */
    pid: child.pid!,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
