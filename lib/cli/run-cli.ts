import { DatabaseConfigError } from '../db/check-database-url';

/**
 * Runs a command-line entry point. Problems the user can fix are printed as one
 * sentence with exit code 1; anything else keeps its stack for the developer.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof DatabaseConfigError || err instanceof UsageError) {
        console.error(`Error: ${err.message}`);
      } else {
        console.error(err);
      }
      process.exit(1);
    },
  );
}

/** A mistake in how a command was called, reported as one sentence. */
export class UsageError extends Error {}
