import type { Queryable } from '../../db/index.js';

export interface SettingsRepository {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key exists; returns whichever value won (safe with several hub processes). */
  getOrInsert(key: string, value: string, now: Date): Promise<string>;
}

export function createSettingsRepository(db: Queryable): SettingsRepository {
  return {
    async get(key) {
      const r = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return r.rows[0]?.value;
    },
    async getOrInsert(key, value, now) {
      await db.query('INSERT INTO settings (key, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [key, value, now]);
      const r = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return r.rows[0]!.value;
    },
  };
}
