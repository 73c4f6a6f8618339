import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { createUsersRepository, type UserListRow, type UsersRepository } from './users.repository.js';
import type { InviteUserBody, InvitedUser, UserListItem } from './users-admin.schemas.js';
import type { User } from './users.schemas.js';

export const INVITE_TTL_MS = 72 * 3_600_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface UsersAdminService {
  list(): Promise<UserListItem[]>;
  invite(body: InviteUserBody): Promise<InvitedUser>;
  /** A fresh link for a user who has not joined yet; earlier links stop working. */
  reinvite(id: string): Promise<InvitedUser>;
  /** Never the caller themself, never the last owner. */
  remove(id: string, callerId: string): Promise<void>;
  /** Makes a joined user an owner or a technician; the hub always keeps one owner. */
  changeRole(id: string, role: UserListItem['role'], callerId: string): Promise<UserListItem>;
  acceptInvite(token: string, password: string): Promise<User>;
}

const present = (u: UserListRow): UserListItem => ({
  id: u.id,
  email: u.email,
  role: u.role,
  created_at: u.created_at.toISOString(),
  status: u.pending ? 'invited' : 'active',
  invite_expires_at: u.pending && u.invite_expires_at ? u.invite_expires_at.toISOString() : null,
});

export function createUsersAdminService(deps: {
  db: Database;
  clock: Clock;
  publicUrl: string;
  onRemoved?: (userId: string) => void;
  onRoleChanged?: (userId: string) => void;
}): UsersAdminService {
  const repo = createUsersRepository(deps.db);

  function newInvite(): { token: string; hash: string; now: Date; expiresAt: Date } {
    const now = deps.clock.now();
    const token = randomBytes(32).toString('base64url');
    return { token, hash: sha256(token), now, expiresAt: new Date(now.getTime() + INVITE_TTL_MS) };
  }
  // The token rides in the fragment, which browsers never send: it stays out of access logs.
  const inviteUrl = (token: string) => `${deps.publicUrl}/invite#token=${token}`;

  /**
   * Opens a change to who is an owner: takes the owners lock, then re-checks the caller (authorised
   * before it waited: an owner demoted or removed meanwhile, say by another owner at the same moment,
   * must not act as one) and finds the target user.
   */
  async function lockedTarget(tx: Queryable, id: string, callerId: string): Promise<{ r: UsersRepository; user: User }> {
    const r = createUsersRepository(tx);
    await r.lockOwners();
    const caller = await r.findById(callerId);
    if (!caller) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in again');
    if (caller.role !== 'owner') throw new AppError(ErrorCode.FORBIDDEN, 'Only an owner can do this');
    const user = await r.findById(id);
    if (!user) throw notFound('User');
    return { r, user };
  }
  /** Taking this user's owner role away would leave the hub without one. */
  const isLastOwner = async (r: UsersRepository, user: User) => user.role === 'owner' && (await r.countOwners()) <= 1;
  const lastOwner = () => new AppError(ErrorCode.CONFLICT, 'The hub must keep at least one owner');

  return {
    async list() {
      return (await repo.list()).map(present);
    },
    async invite(body) {
      const { token, hash, now, expiresAt } = newInvite();
      const id = randomUUID();
      await deps.db.transaction(async (tx) => {
        const r = createUsersRepository(tx);
        if (!(await r.insertInvited({ id, email: body.email, role: body.role, now }))) {
          throw new AppError(ErrorCode.CONFLICT, 'A user with this e-mail already exists');
        }
        await r.insertInvite({ hash, userId: id, now, expiresAt });
      });
      return {
        user: { id, email: body.email, role: body.role, created_at: now.toISOString(), status: 'invited', invite_expires_at: expiresAt.toISOString() },
        invite_url: inviteUrl(token),
        invite_expires_at: expiresAt.toISOString(),
      };
    },
    async reinvite(id) {
      const { token, hash, now, expiresAt } = newInvite();
      await deps.db.transaction(async (tx) => {
        const r = createUsersRepository(tx);
        const pending = await r.isPending(id);
        if (pending === undefined) throw notFound('User');
        if (!pending) throw new AppError(ErrorCode.CONFLICT, 'This user has already joined');
        await r.expireInvites(id, now);
        await r.insertInvite({ hash, userId: id, now, expiresAt });
      });
      const user = (await repo.list()).find((u) => u.id === id);
      if (!user) throw notFound('User');
      return { user: present(user), invite_url: inviteUrl(token), invite_expires_at: expiresAt.toISOString() };
    },
    async remove(id, callerId) {
      if (id === callerId) throw new AppError(ErrorCode.CONFLICT, 'You cannot remove yourself');
      await deps.db.transaction(async (tx) => {
        // Two owners removing each other at once must leave one.
        const { r, user } = await lockedTarget(tx, id, callerId);
        if (await isLastOwner(r, user)) throw lastOwner();
        await r.delete(id);
      });
      deps.onRemoved?.(id);
    },
    async changeRole(id, role, callerId) {
      await deps.db.transaction(async (tx) => {
        // Two owners demoting each other at once must leave one.
        const { r, user } = await lockedTarget(tx, id, callerId);
        if (user.role === role) return;
        if (await r.isPending(id)) throw new AppError(ErrorCode.CONFLICT, 'This user has not joined yet; change the role once they have');
        if (await isLastOwner(r, user)) throw lastOwner();
        await r.setRole(id, role);
      });
      deps.onRoleChanged?.(id);
      const user = (await repo.list()).find((u) => u.id === id);
      if (!user) throw notFound('User');
      return present(user);
    },
    async acceptInvite(token, password) {
      const passwordHash = await hashPassword(password);
      const now = deps.clock.now();
      const user = await deps.db.transaction(async (tx) => {
        const r = createUsersRepository(tx);
        const userId = await r.consumeInvite(sha256(token), now);
        return userId ? r.setFirstPassword(userId, passwordHash) : undefined;
      });
      if (!user) throw new AppError(ErrorCode.SETUP_TOKEN_INVALID, 'This invite link is invalid, expired or already used');
      return user;
    },
  };
}
