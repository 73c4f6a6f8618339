import type { Queryable } from '../../db/index.js';

export interface AgentsRepository {
  /** Consumes a nonce on its own (for signed requests that store nothing else in the same statement). */
  consumeNonce(siteId: string, nonce: string, now: Date): Promise<boolean>;
  pruneNonces(olderThan: Date): Promise<number>;
}

export function createAgentsRepository(db: Queryable): AgentsRepository {
  return {
    async consumeNonce(siteId, nonce, now) {
      const r = await db.query('INSERT INTO agent_nonces (site_id, nonce, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [siteId, nonce, now]);
      return r.rowCount === 1;
    },
    async pruneNonces(olderThan) {
      const r = await db.query('DELETE FROM agent_nonces WHERE seen_at < $1', [olderThan]);
      return r.rowCount;
    },
  };
}
