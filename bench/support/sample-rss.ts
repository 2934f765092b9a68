import { median } from './median';
import { processUsage } from './process-usage';

/** Resident memory of some processes, sampled every `everyMs` until stopped. */
export function sampleRss(pids: Record<string, number>, everyMs = 1000) {
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(pids).map((name) => [name, []]),
  );
  const take = async () => {
    for (const [name, pid] of Object.entries(pids))
      samples[name]!.push((await processUsage(pid)).rssBytes);
  };
  void take();
  const timer = setInterval(() => void take(), everyMs);
  return {
    /**
     * Stops, and gives each process's RSS at the start and at the end: the median of
     * the first and of the last `window` samples, so one garbage collection's timing
     * does not decide the figure; and its course, the median of each tenth of the run.
     */
    stop(window = 5) {
      clearInterval(timer);
      return Object.fromEntries(
        Object.entries(samples).map(([name, s]) => {
          const n = Math.max(1, Math.min(window, Math.floor(s.length / 2)));
          const tenths = Array.from({ length: 10 }, (_, i) =>
            median(s.slice(Math.floor((i * s.length) / 10), Math.ceil(((i + 1) * s.length) / 10))),
          );
          return [name, { start: median(s.slice(0, n)), end: median(s.slice(-n)), tenths }];
        }),
      );
    },
  };
}
