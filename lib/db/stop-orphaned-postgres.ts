import { readFile } from 'node:fs/promises';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a Postgres left running on `dataDir` by a launcher that was killed without
 * a chance to clean up, so the next start does not fail on the lock file. A stale
 * lock file of a dead process is left for Postgres, which handles it itself.
 */
export async function stopOrphanedPostgres(dataDir: string, timeoutMs = 15000): Promise<boolean> {
  const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const [pidLine, dirLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  if (!pid || path.resolve(dirLine ?? '') !== path.resolve(dataDir) || !isAlive(pid)) return false;
  // SIGINT is Postgres's "fast shutdown": roll back open transactions, checkpoint, exit.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}
