import type { Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';

/**
 * A signed-in user's role as the database has it now (null once they were removed), so removing a
 * technician ends their sessions and a role change applies to sessions already open: the role inside
 * a JWT is only what it was at sign-in. Sessions live for hours; asking the database on every request
 * would tax the hot path, so each answer is kept for a short while: a change takes effect at once in
 * the process that made it, and within `ttlMs` in the other hub processes.
 */
export type Role = 'owner' | 'technician';
export interface ActiveUsers {
  roleOf(userId: string): Promise<Role | null>;
  /** Drops the cached answer (called by the process that removed the user or changed their role). */
  forget(userId: string): void;
}

export const ACTIVE_USER_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;

export function createActiveUsers(deps: { db: Queryable; clock: Clock; ttlMs?: number }): ActiveUsers {
  const ttl = deps.ttlMs ?? ACTIVE_USER_CACHE_MS;
  const cache = new Map<string, { role: Role | null; at: number }>();
  return {
    async roleOf(userId) {
      const now = deps.clock.now().getTime();
      const hit = cache.get(userId);
      if (hit && now - hit.at < ttl && now >= hit.at) return hit.role;
      const r = await deps.db.query<{ role: Role }>('SELECT role FROM users WHERE id = $1', [userId]);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      const role = r.rows[0]?.role ?? null;
      cache.set(userId, { role, at: now });
      return role;
    },
    forget(userId) {
      cache.delete(userId);
    },
  };
}
