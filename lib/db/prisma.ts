import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

function createClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // Secrets are opt-in: a query must ask for them by name.
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
    // A burst of writes can keep every pooled connection busy for a moment; a write then
    // waits for one (Prisma's default gives up after 2 s, failing a note that would have
    // saved) rather than failing, and is still bounded.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

/** The app's Prisma client type, with secrets omitted by default. */
export type Db = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { scholiaPrisma?: { url: string; client: Db } };

/**
 * The shared Prisma client for DATABASE_URL: one per process, surviving hot reloads in
 * development, and replaced if DATABASE_URL changes (as a test pointing at its own
 * database does).
 */
export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set; start the app with `npm start`, which sets it.');
  if (globalForPrisma.scholiaPrisma?.url !== url) {
    globalForPrisma.scholiaPrisma = { url, client: createClient(url) };
  }
  return globalForPrisma.scholiaPrisma.client;
}
