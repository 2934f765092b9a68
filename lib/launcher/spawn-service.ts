import { spawn, type ChildProcess } from 'node:child_process';

/** A long-running child process the launcher owns. */
export interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stop: (timeoutMs?: number) => Promise<void>;
}

/** Starts `node [...nodeArgs] <script> ...args` as a named service that can be stopped politely. */
export function spawnService(options: {
  name: string;
  script: string;
  nodeArgs?: string[];
  args: string[];
  env: NodeJS.ProcessEnv;
}): Service {
  const argv = [...(options.nodeArgs ?? []), options.script, ...options.args];
  const child = spawn(process.execPath, argv, {
    env: options.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    name: options.name,
    child,
    exited,
    async stop(timeoutMs = 10000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
