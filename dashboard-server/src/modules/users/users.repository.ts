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
  list(): Promise<UserListRow[]>;
  /** An invited user: no password until the invite is accepted. False when the e-mail is taken. */
  insertInvited(u: { id: string; email: string; role: User['role']; now: Date }): Promise<boolean>;
  insertInvite(i: { hash: string; userId: string; now: Date; expiresAt: Date }): Promise<void>;
  /** Marks a valid, unused invite used and returns its user; undefined when unknown, used or expired. */
  consumeInvite(hash: string, now: Date): Promise<string | undefined>;
  /** Sets the first password of an invited user; false when the user is gone or already joined. */
  setFirstPassword(userId: string, passwordHash: string): Promise<User | undefined>;
  /**
   * Serialises changes to who is an owner for the rest of the transaction (first owner, removals,
   * role changes): each one checks "is there another owner?" and must not race the others.
   */
  lockOwners(): Promise<void>;
  countOwners(): Promise<number>;
  /** Ends the user's unused invite links (a new one replaces them). */
  expireInvites(userId: string, now: Date): Promise<void>;
  isPending(userId: string): Promise<boolean | undefined>;
  delete(id: string): Promise<boolean>;
  setRole(id: string, role: User['role']): Promise<void>;
}

export interface UserListRow extends User {
  created_at: Date;
  pending: boolean;
  invite_expires_at: Date | null;
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
    async list() {
      const r = await db.query<UserListRow>(
        `SELECT u.id, u.email, u.role, u.created_at, u.password_hash = '' AS pending,
                (SELECT max(i.expires_at) FROM user_invites i WHERE i.user_id = u.id AND i.used_at IS NULL) AS invite_expires_at
           FROM users u ORDER BY u.role <> 'owner', lower(u.email)`,
      );
      return r.rows;
    },
    async insertInvited(u) {
      const r = await db.query(
        `INSERT INTO users (id, email, password_hash, role, created_at) VALUES ($1, $2, '', $3, $4) ON CONFLICT DO NOTHING`,
        [u.id, u.email, u.role, u.now],
      );
      return r.rowCount === 1;
    },
    async insertInvite(i) {
      await db.query('INSERT INTO user_invites (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [i.hash, i.userId, i.now, i.expiresAt]);
    },
    async consumeInvite(hash, now) {
      const r = await db.query<{ user_id: string }>(
        'UPDATE user_invites SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id',
        [hash, now],
      );
      return r.rows[0]?.user_id;
    },
    async setFirstPassword(userId, passwordHash) {
      const r = await db.query<User>(
        `UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash = '' RETURNING id, email, role`,
        [userId, passwordHash],
      );
      return r.rows[0];
    },
    async lockOwners() {
      await db.query('SELECT pg_advisory_xact_lock(7311002)');
    },
    async countOwners() {
      const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE role = 'owner'`);
      return r.rows[0]!.n;
    },
    async expireInvites(userId, now) {
      await db.query('UPDATE user_invites SET expires_at = $2 WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2', [userId, now]);
    },
    async isPending(userId) {
      const r = await db.query<{ pending: boolean }>("SELECT password_hash = '' AS pending FROM users WHERE id = $1 FOR UPDATE", [userId]);
      return r.rows[0]?.pending;
    },
    async delete(id) {
      const r = await db.query('DELETE FROM users WHERE id = $1', [id]);
      return r.rowCount === 1;
    },
    async setRole(id, role) {
      await db.query('UPDATE users SET role = $2 WHERE id = $1', [id, role]);
    },
  };
}
