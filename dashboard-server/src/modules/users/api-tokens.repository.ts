import type { Queryable } from '../../db/index.js';

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
}

/** A live token with the role of its user, as the auth plugin needs it. */
export interface ApiTokenOwner {
  token_id: string;
  last_used_at: Date | null;
  user_id: string;
  email: string;
  role: 'owner' | 'technician';
}

export interface ApiTokensRepository {
  insert(t: { id: string; userId: string; name: string; hash: string; now: Date; expiresAt: Date | null }): Promise<ApiTokenRow>;
  /** The user's tokens that are not revoked (expired ones included, so the list explains why one stopped working). */
  listForUser(userId: string): Promise<ApiTokenRow[]>;
  countLive(userId: string, now: Date): Promise<number>;
  /** Revokes one of the user's own live tokens; false when unknown, someone else's or already revoked. */
  revoke(id: string, userId: string, now: Date): Promise<boolean>;
  /** Unknown, revoked, expired or belonging to an invited-but-not-joined user → undefined. */
  findLiveByHash(hash: string, now: Date): Promise<ApiTokenOwner | undefined>;
  touch(id: string, now: Date, minGapMs: number): Promise<void>;
}

const COLUMNS = 'id, user_id, name, created_at, expires_at, last_used_at';

export function createApiTokensRepository(db: Queryable): ApiTokensRepository {
  return {
    async insert(t) {
      const r = await db.query<ApiTokenRow>(
        `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [t.id, t.userId, t.name, t.hash, t.now, t.expiresAt],
      );
      return r.rows[0]!;
    },
    async listForUser(userId) {
      const r = await db.query<ApiTokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id`, [userId]);
      return r.rows;
    },
    async countLive(userId, now) {
      const r = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)',
        [userId, now],
      );
      return r.rows[0]!.n;
    },
    async revoke(id, userId, now) {
      const r = await db.query('UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL', [id, userId, now]);
      return r.rowCount === 1;
    },
    async findLiveByHash(hash, now) {
      const r = await db.query<ApiTokenOwner>(
        `SELECT t.id AS token_id, t.last_used_at, u.id AS user_id, u.email, u.role
           FROM api_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.password_hash <> ''`,
        [hash, now],
      );
      return r.rows[0];
    },
    async touch(id, now, minGapMs) {
      // The condition repeats the caller's check so two hub processes racing still write once per gap.
      await db.query(
        `UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $2::timestamptz - make_interval(secs => $3))`,
        [id, now, minGapMs / 1000],
      );
    },
  };
}
