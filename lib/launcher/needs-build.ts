import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'types',
  'next.config.js',
  'postcss.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((c) => newestMtime(path.join(entry, c))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether the production build in .next is missing or older than any source file. */
export async function needsBuild(root: string): Promise<boolean> {
  const built = await stat(path.join(root, '.next', 'BUILD_ID')).catch(() => null);
  if (!built) return true;
  const newest = Math.max(
    ...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(root, s))))),
  );
  return newest > built.mtimeMs;
}
