import path from 'node:path';
import { checkDatabaseReachable } from './check-database-url';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './start-embedded-postgres';

/**
 * The app's database: the server named by DATABASE_URL when it is set (checked,
 * never started or stopped by us), otherwise an embedded cluster in `dataDir`.
 */
export async function startDatabase(options: {
  dataDir: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkDatabaseReachable(external);
    return { url: external, stop: async () => {}, embedded: false };
  }
  const db = await startEmbeddedPostgres({
    dataDir: path.join(options.dataDir, 'postgres'),
    database: 'scholia',
    onLog: options.onLog,
  });
  return { ...db, embedded: true };
}
