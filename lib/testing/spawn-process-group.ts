import { spawn, type ChildProcess } from 'node:child_process';

/** A child process leading a process group of its own, and what it has printed. */
export interface ProcessGroup {
  child: ChildProcess;
  output: () => string;
  exited: Promise<void>;
  /** Signals the whole group (SIGKILL by default) and waits for the leader to exit. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * Starts `node ...args` as the leader of a new process group, so a signal reaches any
 * process it forks too, keeping its output. The group is killed if this process exits
 * first, so a failed test leaves nothing running.
 */
export function spawnProcessGroup(options: {
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}): ProcessGroup {
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  const onExit = () => signal('SIGKILL');
  process.once('exit', onExit);
  void exited.then(() => process.off('exit', onExit));
  return {
    child,
    output: () => text,
    exited,
    kill: async (name = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) signal(name);
      await exited;
    },
  };
}
