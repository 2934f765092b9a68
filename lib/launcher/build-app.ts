import { spawn } from 'node:child_process';
import { UsageError } from '../cli/run-cli';

/** Runs `next build`, showing its output; throws if it fails. */
export function buildApp(options: { nextBin: string; root: string }): Promise<void> {
  console.log('Building the app (first run, or sources changed)…');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.nextBin, 'build'], {
      cwd: options.root,
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new UsageError(
              `The app failed to build (next build exited with ${code}); fix the errors shown above and run npm start again.`,
            ),
          ),
    );
  });
}
