import type { Config } from '../config.js';
import { migrate } from './migrate.js';
import { createPgliteDatabase } from './pglite.js';
import { createPostgresDatabase } from './postgres.js';
import type { Database } from './types.js';

export type { Database, Queryable, QueryResult } from './types.js';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in the data folder; migrated either way. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolMax'>): Promise<Database> {
  const db = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl, { max: config.dbPoolMax })
    : await createPgliteDatabase(`${config.dataDir}/pgdata`);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return db;
}
