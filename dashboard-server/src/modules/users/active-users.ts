import type { Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';

/**
 * Whether a signed-in user still exists, so removing a technician ends their sessions, not only their
 * password. Sessions are JWTs that live for hours; asking the database on every request would tax the
 * hot path, so each answer is kept for a short while: a removal takes effect at once in the process that
 * did it, and within `ttlMs` in the other hub processes.
 */
export interface ActiveUsers {
  isActive(userId: string): Promise<boolean>;
  /** Drops the cached answer (called by the process that removed the user). */
  forget(userId: string): void;
}

export const ACTIVE_USER_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;

export function createActiveUsers(deps: { db: Queryable; clock: Clock; ttlMs?: number }): ActiveUsers {
  const ttl = deps.ttlMs ?? ACTIVE_USER_CACHE_MS;
  const cache = new Map<string, { active: boolean; at: number }>();
  return {
    async isActive(userId) {
      const now = deps.clock.now().getTime();
      const hit = cache.get(userId);
      if (hit && now - hit.at < ttl && now >= hit.at) return hit.active;
      const r = await deps.db.query('SELECT 1 FROM users WHERE id = $1', [userId]);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      const active = r.rowCount === 1;
      cache.set(userId, { active, at: now });
      return active;
    },
    forget(userId) {
      cache.delete(userId);
    },
  };
}
