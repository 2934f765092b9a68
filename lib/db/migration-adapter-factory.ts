import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { CatalogSafePgClient } from './catalog-safe-pg-client';
import { withCharacterColumns } from './with-character-columns';

async function connect(connectionString: string): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg({ connectionString, Client: CatalogSafePgClient }).connect();
  return withCharacterColumns(adapter);
}

/**
 * The driver-adapter factory the schema engine migrates and diffs through. Its shadow
 * database is a fresh database on the same server, reached by URL: adapter-pg's own
 * shadow connection passes the name beside a connection string, which pg ignores, so
 * it would replay migrations into the main database.
 */
export function migrationAdapterFactory(
  connectionString: string,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(connectionString),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
      const main = await connect(connectionString);
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const url = new URL(connectionString);
      url.pathname = `/${name}`;
      const shadow = await connect(url.toString());
      return new Proxy(shadow, {
        get(target, key, receiver) {
          if (key !== 'dispose') return Reflect.get(target, key, receiver);
          return async () => {
            await target.dispose();
            await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            await main.dispose();
          };
        },
      });
    },
  };
}
