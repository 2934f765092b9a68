/** `npm run token:create -- --email <email> [--name <label>]`: prints a new personal API token. */
import { parseArgs } from 'node:util';
import { createApiToken } from '../lib/api-tokens/create-api-token';
import { runCli, UsageError } from '../lib/cli/run-cli';
import { dataDir } from '../lib/config/data-dir';
import { applyMigrations } from '../lib/db/apply-migrations';
import { getDb } from '../lib/db/prisma';
import { startDatabase } from '../lib/db/start-database';

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string', default: 'command line' } },
  });
  const email = values.email?.trim().toLowerCase();
  if (!email)
    throw new UsageError('Say whose token it is: npm run token:create -- --email you@example.com');
  const db = await startDatabase({ dataDir: dataDir() });
  try {
    process.env.DATABASE_URL = db.url;
    await applyMigrations(db.url);
    const user = await getDb().user.findUnique({ where: { email }, select: { id: true } });
    if (!user)
      throw new UsageError(
        `No account has the email ${email}; sign up first or check the spelling.`,
      );
    const token = await createApiToken({ userId: user.id, name: values.name });
    console.log(token.secret);
    await getDb().$disconnect();
  } finally {
    await db.stop();
  }
});
