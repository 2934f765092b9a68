import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import { charColumnsByRows } from './catalog-safe-pg-client';

function fixResult(result: SqlResultSet): SqlResultSet {
  const indexes = charColumnsByRows.get(result.rows);
  if (!indexes) return result;
  const columnTypes = [...result.columnTypes];
  for (const i of indexes) columnTypes[i] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
}

function wrapQueryable<T extends SqlQueryable>(target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (key === 'queryRaw') {
        return async (...args: Parameters<SqlQueryable['queryRaw']>) =>
          fixResult(await obj.queryRaw(...args));
      }
      if (key === 'startTransaction') {
        const adapter = obj as unknown as SqlDriverAdapter;
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
          wrapQueryable(await adapter.startTransaction(...args));
      }
      const value: unknown = Reflect.get(obj, key, receiver);
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}

/**
 * Wraps an adapter built on `CatalogSafePgClient` so that catalog columns of Postgres's
 * `"char"` type reach the schema engine as characters, which it requires (Postgres 18
 * lists NOT NULL constraints with such a type code).
 */
export function withCharacterColumns<T extends SqlQueryable>(adapter: T): T {
  return wrapQueryable(adapter);
}
