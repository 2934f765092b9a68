import { processUsage } from './process-usage';

/**
 * Waits until a server process is idle (under 10% of a core over a quarter second),
 * at most `maxMs`: a burst of clients joining has been served before load starts, as
 * when a class drifts into a session over minutes rather than all in one second.
 */
export async function settle(pid: number, maxMs = 10_000): Promise<void> {
  const until = Date.now() + maxMs;
  let last = (await processUsage(pid)).cpuMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    const now = (await processUsage(pid)).cpuMs;
    if (now - last < 25) return;
    last = now;
  }
}
