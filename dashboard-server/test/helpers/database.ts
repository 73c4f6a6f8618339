import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.js';
import { createPostgresDatabase } from '../../src/db/postgres.js';
import type { Database } from '../../src/db/types.js';

/** The PostgreSQL the tests use: TEST_DATABASE_URL, or the local server with trust auth. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  db: Database;
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A brand-new, migrated database for one test file; dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `retainer_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = createPostgresDatabase(url.toString(), { max: 5 });
  await migrate(db);
  return {
    db,
    url: url.toString(),
    name,
    async drop() {
      await db.close().catch(() => {});
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Row counts of the tables a signed request could write to. */
export async function countRows(db: Database): Promise<Record<string, number>> {
  const tables = ['reports', 'site_inventory', 'agent_nonces', 'commands', 'enrollment_codes', 'sites', 'clients', 'users'];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    out[t] = r.rows[0]!.n;
  }
  return out;
}
