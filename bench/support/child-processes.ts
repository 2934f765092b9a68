import { readdir, readFile } from 'node:fs/promises';

/** Every process descended from `pid`, with its command line, from /proc. */
export async function childProcesses(pid: number): Promise<{ pid: number; command: string }[]> {
  const parents = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The parent pid is the second field after the parenthesised command name.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
  }
  const out: { pid: number; command: string }[] = [];
  const visit = async (p: number) => {
    for (const child of parents.get(p) ?? []) {
      const cmdline = await readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '');
      out.push({ pid: child, command: cmdline.split('\0').join(' ').trim() });
      await visit(child);
    }
  };
  await visit(pid);
  return out;
}
