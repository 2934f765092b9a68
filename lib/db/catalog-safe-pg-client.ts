import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryCallback = (err: Error | null, result?: pg.QueryResult) => void;

/** For each result whose columns were `"char"`, which column indexes they were. */
export const charColumnsByRows = new WeakMap<unknown[], number[]>();

function relabelCharColumns<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as pg.QueryResult[]) {
    const indexes: number[] = [];
    (r?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(i);
    });
    if (indexes.length) charColumnsByRows.set(r.rows, indexes);
  }
  return result;
}

/**
 * A pg client for the schema engine's connections only. Postgres's catalogs use the
 * internal one-byte `"char"` type, which @prisma/adapter-pg 7.10 rejects; the client
 * lets it through as text and remembers the columns, so that
 * `withCharacterColumns` can give them back their real type.
 */
export class CatalogSafePgClient extends pg.Client {
  // pg's overloads cannot be restated in a subclass; this forwards them unchanged.
  query(...args: unknown[]): never {
    const callback = typeof args.at(-1) === 'function' ? (args.pop() as QueryCallback) : undefined;
    const forward = super.query as unknown as (...a: unknown[]) => unknown;
    const pending = forward.apply(this, args);
    if (!(pending instanceof Promise)) return pending as never;
    const relabelled = pending.then(relabelCharColumns);
    if (!callback) return relabelled as never;
    relabelled.then(
      (result: pg.QueryResult) => callback(null, result),
      (err: Error) => callback(err),
    );
    return undefined as never;
  }
}
