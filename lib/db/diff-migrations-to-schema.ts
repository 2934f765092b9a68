import { readDatamodel, readMigrationList } from './migration-list';
import { openSchemaEngine } from './schema-engine';

/**
 * The SQL that would take a database built from prisma/migrations to the shape of
 * schema.prisma; empty when they agree. Uses a throwaway shadow database on the
 * server behind `connectionString`. `datamodel` defaults to prisma/schema.prisma.
 */
export async function diffMigrationsToSchema(
  connectionString: string,
  datamodel?: string,
): Promise<string> {
  datamodel ??= await readDatamodel();
  const engine = await openSchemaEngine({ connectionString, datamodel });
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrationList()) },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: datamodel }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  } finally {
    engine.free();
  }
}
