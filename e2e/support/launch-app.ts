import { spawn, type ChildProcess } from 'node:child_process';

/** A running `npm start` and what it has printed so far. */
export interface LaunchedApp {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs `npm start` exactly as a user would, in its own process group so a test can
 * send Ctrl-C to the whole group the way a terminal does.
 */
export function launchApp(env: Record<string, string | undefined>): LaunchedApp {
  const childEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(childEnv))
    if (value === undefined) delete childEnv[key];
  const child = spawn('npm', ['start'], {
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => text, exited };
}

/** Waits until the app prints `marker`, failing early with its output if it exits. */
export async function waitForOutput(
  app: LaunchedApp,
  marker: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!app.output().includes(marker)) {
    if (app.child.exitCode !== null) throw new Error(`npm start exited early:\n${app.output()}`);
    if (Date.now() > deadline)
      throw new Error(`No "${marker}" within ${timeoutMs} ms:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
