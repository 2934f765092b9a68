/** `npm run db:migrate`: applies pending migrations to the app's database. */
import { applyMigrations } from '../lib/db/apply-migrations';
import { startDatabase } from '../lib/db/start-database';
import { runCli } from '../lib/cli/run-cli';
import { dataDir } from '../lib/config/data-dir';

runCli(async () => {
  const db = await startDatabase({ dataDir: dataDir() });
  try {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
  } finally {
    await db.stop();
  }
});
