import { readDatamodel, readMigrationList } from './migration-list';
import { openSchemaEngine } from './schema-engine';

/**
 * Applies every pending migration in prisma/migrations and records it in
 * `_prisma_migrations`, exactly as `prisma migrate deploy` would.
 */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine({ connectionString, datamodel: await readDatamodel() });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
