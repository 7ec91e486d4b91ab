import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, SqlParam } from './database';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(sql, params as SqlParam[]);
      return result.rows;
    },
    async script(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * Embedded PostgreSQL (WASM) for the one-command start. It is a single connection:
 * PGlite runs one transaction at a time and queues every other query behind it, so the
 * commit-order guarantees of the push path hold trivially here.
 */
export function pgliteDatabase(pglite: PGlite, onClose: () => Promise<void> | void = () => undefined): Database {
  return {
    kind: 'pglite',
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    async close() {
      await pglite.close();
      await onClose();
    },
  };
}
