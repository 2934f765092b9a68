/**
 * `npm run db:migrate:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the existing migrations to schema.prisma.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createScratchDatabase } from '../lib/db/create-scratch-database';
import { diffMigrationsToSchema } from '../lib/db/diff-migrations-to-schema';
import { prismaDir } from '../lib/db/migration-list';
import { runCli, UsageError } from '../lib/cli/run-cli';

runCli(async () => {
  const name = process.argv[2]
    ?.trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  if (!name) throw new UsageError('Name the migration: npm run db:migrate:new -- add_widgets');
  const scratch = await createScratchDatabase('scholia_migrate');
  try {
    const sql = await diffMigrationsToSchema(scratch.url);
    if (!sql) {
      console.log('schema.prisma already matches the migrations; nothing to write.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = path.join(prismaDir, 'migrations', `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'migration.sql'), `${sql}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql.`);
  } finally {
    await scratch.drop();
  }
});
