import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set; start the app with `npm start`, which sets it.');
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // Secrets are opt-in: a query must ask for them by name.
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
  });
}

/** The app's Prisma client type, with secrets omitted by default. */
export type Db = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { scholiaPrisma?: Db };

/** The shared Prisma client; one per process, surviving hot reloads in development. */
export function getDb(): Db {
  globalForPrisma.scholiaPrisma ??= createClient();
  return globalForPrisma.scholiaPrisma;
}
