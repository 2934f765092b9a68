import { spawn, type ChildProcess } from 'node:child_process';

/** A server started for a benchmark, stopped with `stop`. */
export interface BenchServer {
  child: ChildProcess;
  pid: number;
  stop: () => Promise<void>;
}

/** Runs `node --import tsx <script> ...args` and resolves once `ready()` says so. */
export async function spawnServer(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: () => Promise<boolean>,
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      '--import',
      'tsx',
      script,
      ...args,
    ],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited with code ${child.exitCode}`);
    if (await ready().catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
