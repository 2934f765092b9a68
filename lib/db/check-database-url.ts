import pg from 'pg';

/** A database problem the launcher reports as one sentence and a non-zero exit. */
export class DatabaseConfigError extends Error {}

/** Checks that `raw` looks like a PostgreSQL connection URL; throws a sentence if not. */
export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      'DATABASE_URL is not a valid URL; use the form postgresql://user:password@host:5432/database.',
    );
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgresql://, not ${url.protocol}//; use the form postgresql://user:password@host:5432/database.`,
    );
  }
  if (!url.hostname) {
    throw new DatabaseConfigError(
      'DATABASE_URL has no host; use the form postgresql://user:password@host:5432/database.',
    );
  }
  return url;
}

/** Connects once to prove the database is reachable; throws a sentence if not. */
export async function checkDatabaseReachable(raw: string): Promise<void> {
  const url = parseDatabaseUrl(raw);
  const client = new pg.Client({ connectionString: raw, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    const reason = err instanceof Error && err.message ? err.message : 'no answer';
    throw new DatabaseConfigError(
      `Could not connect to the database at ${url.hostname}:${url.port || 5432} (${reason}); check DATABASE_URL and that the server is running.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
