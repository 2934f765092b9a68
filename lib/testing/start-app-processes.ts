import path from 'node:path';
import { waitForHttp } from '../launcher/wait-for-http';
import { spawnProcessGroup, type ProcessGroup } from './spawn-process-group';

/** The web and collab servers of one app, each a process of its own. */
export interface AppProcesses {
  web: ProcessGroup;
  collab: ProcessGroup;
  /** Signals both (SIGKILL by default) and waits until both are gone. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * Starts the app as production runs it: `next start` of the existing build in `root`/.next
 * on `webPort`, and scripts/collab.ts on `collabPort`, both on `databaseUrl` with
 * `secret`; resolves once both answer their health checks, and fails with their output
 * if either exits first.
 */
export async function startAppProcesses(options: {
  root: string;
  databaseUrl: string;
  secret: string;
  webPort: number;
  collabPort: number;
}): Promise<AppProcesses> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: `http://localhost:${options.webPort}`,
    PORT: String(options.webPort),
    COLLAB_PORT: String(options.collabPort),
  };
  const nextBin = path.join(options.root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const web = spawnProcessGroup({
    args: [nextBin, 'start', '-p', String(options.webPort)],
    env,
    cwd: options.root,
  });
  const collab = spawnProcessGroup({
    args: ['--import', 'tsx', path.join(options.root, 'scripts', 'collab.ts')],
    env,
    cwd: options.root,
  });
  const kill = async (signal?: NodeJS.Signals) => {
    await Promise.all([web.kill(signal), collab.kill(signal)]);
  };
  const gone = (p: ProcessGroup) => () => p.child.exitCode !== null || p.child.signalCode !== null;
  try {
    await waitForHttp(`http://127.0.0.1:${options.webPort}/api/health`, 60_000, gone(web));
    await waitForHttp(`http://127.0.0.1:${options.collabPort}/health`, 30_000, gone(collab));
  } catch (error) {
    await kill();
    throw new Error(
      `${(error as Error).message}\n--- web ---\n${web.output()}\n--- collab ---\n${collab.output()}`,
    );
  }
  return { web, collab, kill };
}
