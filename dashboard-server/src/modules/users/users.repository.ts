import type { Queryable } from '../../db/index.js';
import type { User } from './users.schemas.js';

export interface UserRow extends User {
  password_hash: string;
}

export interface UsersRepository {
  count(): Promise<number>;
  findByEmail(email: string): Promise<UserRow | undefined>;
  findById(id: string): Promise<User | undefined>;
  /** Inserts the owner only while no user exists (two hub processes starting together create one). */
  insertFirstOwner(u: { id: string; email: string; passwordHash: string; now: Date }): Promise<boolean>;
  insertSetupToken(hash: string, now: Date, expiresAt: Date): Promise<void>;
  /** Marks a valid, unused token used; false when it is unknown, used or expired. */
  consumeSetupToken(hash: string, now: Date): Promise<boolean>;
}

export function createUsersRepository(db: Queryable): UsersRepository {
  return {
    async count() {
      const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      return r.rows[0]!.n;
    },
    async findByEmail(email) {
      const r = await db.query<UserRow>('SELECT id, email, role, password_hash FROM users WHERE lower(email) = lower($1)', [email]);
      return r.rows[0];
    },
    async findById(id) {
      const r = await db.query<User>('SELECT id, email, role FROM users WHERE id = $1', [id]);
      return r.rows[0];
    },
    async insertFirstOwner(u) {
      const r = await db.query(
        `INSERT INTO users (id, email, password_hash, role, created_at)
         SELECT $1, $2, $3, 'owner', $4 WHERE NOT EXISTS (SELECT 1 FROM users)
         ON CONFLICT DO NOTHING`,
        [u.id, u.email, u.passwordHash, u.now],
      );
      return r.rowCount === 1;
    },
    async insertSetupToken(hash, now, expiresAt) {
      await db.query('INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES ($1, $2, $3)', [hash, now, expiresAt]);
    },
    async consumeSetupToken(hash, now) {
      const r = await db.query('UPDATE setup_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2', [hash, now]);
      return r.rowCount === 1;
    },
  };
}
