import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A Postgres already running on a data folder, and whether the process that started it lives. */
export interface RunningCluster {
  pid: number;
  port: number;
  ownerAlive: boolean;
}

// Beside, not inside, the cluster folder: Postgres owns what is inside.
const ownerFile = (dataDir: string) => `${path.resolve(dataDir)}.owner.pid`;

/** Reads postmaster.pid (pid, data dir, start time, port, …) and our owner file. */
export async function readRunningCluster(dataDir: string): Promise<RunningCluster | null> {
  const lines = (
    await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')
  ).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || path.resolve(lines[1] ?? '') !== path.resolve(dataDir) || !isAlive(pid))
    return null;
  const owner = Number(await readFile(ownerFile(dataDir), 'utf8').catch(() => '0'));
  return { pid, port, ownerAlive: owner > 0 && isAlive(owner) };
}

/** Records this process as the one that started, and will stop, the cluster. */
export function claimCluster(dataDir: string): Promise<void> {
  return writeFile(ownerFile(dataDir), String(process.pid));
}

/** Forgets the owner once the cluster has stopped. */
export function releaseCluster(dataDir: string): Promise<void> {
  return rm(ownerFile(dataDir), { force: true });
}

/**
 * Stops a cluster whose owner died without cleaning up (a SIGKILLed launcher), so the
 * next start does not fail on the lock file.
 */
export async function stopOrphanedCluster(
  cluster: RunningCluster,
  timeoutMs = 15000,
): Promise<boolean> {
  // SIGINT is Postgres's "fast shutdown": roll back open transactions, checkpoint, exit.
  process.kill(cluster.pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(cluster.pid) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  return !isAlive(cluster.pid);
}
