import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

/** Where the committed migrations and the schema live. */
export const prismaDir = path.resolve(process.cwd(), 'prisma');

/** Reads prisma/migrations in Prisma's folder format, as `prisma migrate` would. */
export async function readMigrationList(
  baseDir = path.join(prismaDir, 'migrations'),
): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: await readFile(lockPath, 'utf8').catch(() => null),
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(baseDir, folder, 'migration.sql'), 'utf8').then(
            (ok) => ({ tag: 'ok' as const, value: ok }),
            (err: Error) => ({ tag: 'error' as const, value: err.message }),
          ),
        },
      })),
    ),
  };
}

/** The text of prisma/schema.prisma. */
export function readDatamodel(): Promise<string> {
  return readFile(path.join(prismaDir, 'schema.prisma'), 'utf8');
}
