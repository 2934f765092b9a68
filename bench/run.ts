/**
 * `npm run bench -- <name>` runs bench/<name>.ts. Each benchmark measures a baseline
 * in the same run and prints the ratio as its last line. One whose run resolves false
 * found a limit it checks broken (the soak: errors, memory growth), and the command then
 * exits with code 1, so a test or CI step can run it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { runCli, UsageError } from '../lib/cli/run-cli';

runCli(async () => {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const names = (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort();
  const name = process.argv[2];
  const list = names.length ? names.join(', ') : 'none yet';
  if (!name)
    throw new UsageError(`Name a benchmark: npm run bench -- <name> (available: ${list}).`);
  if (!names.includes(name))
    throw new UsageError(`There is no benchmark "${name}" (available: ${list}).`);
  const bench = (await import(path.join(here, `${name}.bench.ts`))) as {
    run: () => Promise<void | boolean>;
  };
  if ((await bench.run()) === false) process.exit(1);
});
