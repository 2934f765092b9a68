import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from './diff-migrations-to-schema';
import { readDatamodel } from './migration-list';

const databaseUrl = () => process.env.DATABASE_URL!;

describe('migrations', () => {
  it('match schema.prisma exactly (run `npm run db:migrate:new -- <name>` if this fails)', async () => {
    expect(await diffMigrationsToSchema(databaseUrl())).toBe('');
  });

  it('are reported as out of date when the schema gains a model', async () => {
    const changed = `${await readDatamodel()}\nmodel DriftProbe {\n  id String @id\n}\n`;
    const sql = await diffMigrationsToSchema(databaseUrl(), changed);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });

  it('were applied and recorded in _prisma_migrations by the test setup', async () => {
    const { getDb } = await import('./prisma');
    const rows = await getDb().$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
