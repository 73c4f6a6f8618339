import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { dummyHash, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { createUsersRepository } from './users.repository.js';
import type { User } from './users.schemas.js';

const SETUP_TOKEN_TTL_MS = 24 * 3_600_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface UsersService {
  /** Checks credentials; the same error (and about the same time) for an unknown e-mail and a wrong password. */
  login(email: string, password: string): Promise<User>;
  needsSetup(): Promise<boolean>;
  /** First start: create the owner from config, or issue a one-time setup token. */
  bootstrap(opts: { adminEmail?: string | undefined; adminPassword?: string | undefined }): Promise<{ created: 'owner' | 'setup-token' | 'nothing'; setupToken?: string }>;
  completeSetup(token: string, email: string, password: string): Promise<User>;
}

export function createUsersService(deps: { db: Database; clock: Clock }): UsersService {
  const repo = createUsersRepository(deps.db);

  async function createOwner(email: string, password: string, tokenHash?: string): Promise<User> {
    const id = randomUUID();
    const passwordHash = await hashPassword(password);
    const now = deps.clock.now();
    const created = await deps.db.transaction(async (tx) => {
      // Serialise owner creation: "insert if no user exists" alone is not safe under concurrency.
      const r = createUsersRepository(tx);
      await r.lockOwners();
      if (tokenHash && !(await r.consumeSetupToken(tokenHash, now))) {
        throw new AppError(ErrorCode.SETUP_TOKEN_INVALID, 'This setup link is invalid, expired or already used');
      }
      return r.insertFirstOwner({ id, email, passwordHash, now });
    });
    if (!created) throw new AppError(ErrorCode.SETUP_TOKEN_INVALID, 'The hub already has an owner; sign in instead');
    return { id, email, role: 'owner' };
  }

  return {
    async login(email, password) {
      const user = await repo.findByEmail(email);
      // An invited user has no password yet: check against the dummy hash so the answer takes as long.
      const joined = !!user?.password_hash;
      const ok = await verifyPassword(password, joined ? user.password_hash : await dummyHash());
      if (!user || !joined || !ok) throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'E-mail or password is wrong');
      return { id: user.id, email: user.email, role: user.role };
    },
    async needsSetup() {
      return (await repo.count()) === 0;
    },
    async bootstrap({ adminEmail, adminPassword }) {
      if ((await repo.count()) > 0) return { created: 'nothing' };
      if (adminEmail && adminPassword) {
        await createOwner(adminEmail, adminPassword).catch((err) => {
          // Another hub process created the owner first: that is fine.
          if (!(err instanceof AppError)) throw err;
        });
        return { created: 'owner' };
      }
      const token = randomBytes(24).toString('base64url');
      const now = deps.clock.now();
      await repo.insertSetupToken(sha256(token), now, new Date(now.getTime() + SETUP_TOKEN_TTL_MS));
      return { created: 'setup-token', setupToken: token };
    },
    completeSetup(token, email, password) {
      return createOwner(email, password, sha256(token));
    },
  };
}
