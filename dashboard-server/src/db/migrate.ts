import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from './types.js';

/** dashboard-server/migrations, found from both src/db (tests, dev) and dist/src/db (built). */
export const MIGRATIONS_DIR = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'migrations', 'README.md'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('migrations folder not found');
    dir = parent;
  }
  return join(dir, 'migrations');
})();

/**
 * Applies every migrations/NNNN_name.sql not applied yet, in order, each in its own transaction.
 * A transaction-level advisory lock makes concurrent hub starts against one PostgreSQL take turns
 * (on PGlite there is only one connection, so it is a no-op there).
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7311001)');
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.slice(0, 4);
    const sql = readFileSync(join(dir, file), 'utf8');
    const did = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7311001)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (seen.rowCount > 0) return false;
      // Migration files may hold several statements; the extended protocol takes one at a time,
      // so split on the statement terminator at line ends (our migrations keep to that rule).
      for (const stmt of splitStatements(sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (did) applied.push(file);
  }
  return applied;
}

export function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
