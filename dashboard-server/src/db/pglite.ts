import { mkdirSync } from 'node:fs';
import type { Database, QueryResult, Queryable } from './types.js';

/**
 * PGlite (PostgreSQL compiled to WebAssembly) in a local folder: the zero-install default.
 * It is one single-connection backend, so we use its own query/transaction API rather than a pg.Pool
 * over a socket (where clients would silently share one session). Every call is serialised by PGlite.
 */
export async function createPgliteDatabase(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite, types } = await import('@electric-sql/pglite');
  // Match node-postgres: int8 and numeric come back as strings, not JS numbers that could lose precision.
  const asString = (v: string) => v;
  const db = await PGlite.create({ dataDir, parsers: { [types.INT8]: asString, [types.NUMERIC]: asString } });

  const run = async <R>(q: Pick<typeof db, 'query'>, sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> => {
    const res = await q.query<R>(sql, params as unknown[] | undefined);
    // pg's rowCount is the number of rows returned (SELECT, … RETURNING) or affected; PGlite reports
    // affectedRows = 0 for a SELECT, so derive it the same way pg does.
    return { rows: res.rows, rowCount: res.rows.length > 0 ? res.rows.length : (res.affectedRows ?? 0) };
  };

  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) } satisfies Queryable)),
    async exec(sql) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}
