import { readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, in ms), resident memory and its peak so far (bytes) of a
 * process, from /proc. The peak does not fall when the garbage collector runs.
 */
export async function processUsage(
  pid: number,
): Promise<{ cpuMs: number; rssBytes: number; peakRssBytes: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return {
    cpuMs: (ticks * 1000) / TICKS_PER_SECOND,
    rssBytes: kb('VmRSS') * 1024,
    peakRssBytes: kb('VmHWM') * 1024,
  };
}
