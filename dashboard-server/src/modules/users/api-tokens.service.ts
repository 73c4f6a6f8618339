import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import type { UserClaims } from '../../plugins/auth.js';
import { createApiTokensRepository, type ApiTokenRow } from './api-tokens.repository.js';
import { API_TOKEN_PATTERN, API_TOKEN_PREFIX, type ApiToken, type CreateApiTokenBody, type CreatedApiToken } from './api-tokens.schemas.js';

const DAY_MS = 86_400_000;
/** last_used_at is a hint for the owner, not an audit log: one write a minute per token is enough. */
export const LAST_USED_GRANULARITY_MS = 60_000;
/** A ceiling so a leaked session cannot mint tokens without bound. */
export const MAX_LIVE_TOKENS_PER_USER = 50;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface ApiTokensService {
  create(userId: string, body: CreateApiTokenBody): Promise<CreatedApiToken>;
  list(userId: string): Promise<ApiToken[]>;
  revoke(userId: string, id: string): Promise<void>;
  /** The user a bearer `rtk_…` secret stands for, or undefined (unknown, revoked, expired, user removed). */
  resolve(secret: string): Promise<UserClaims | undefined>;
}

export function createApiTokensService(deps: { db: Database; clock: Clock }): ApiTokensService {
  const repo = createApiTokensRepository(deps.db);

  const present = (t: ApiTokenRow, now: Date): ApiToken => ({
    id: t.id,
    name: t.name,
    created_at: t.created_at.toISOString(),
    last_used_at: t.last_used_at?.toISOString() ?? null,
    expires_at: t.expires_at?.toISOString() ?? null,
    expired: t.expires_at !== null && t.expires_at <= now,
  });

  return {
    async create(userId, body) {
      const now = deps.clock.now();
      if ((await repo.countLive(userId, now)) >= MAX_LIVE_TOKENS_PER_USER) {
        throw new AppError(ErrorCode.CONFLICT, `At most ${MAX_LIVE_TOKENS_PER_USER} live API tokens per user; revoke one first`);
      }
      const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const expiresAt = body.expires_in_days ? new Date(now.getTime() + body.expires_in_days * DAY_MS) : null;
      const row = await repo.insert({ id: randomUUID(), userId, name: body.name.trim(), hash: sha256(secret), now, expiresAt });
      return { token: present(row, now), secret };
    },
    async list(userId) {
      const now = deps.clock.now();
      return (await repo.listForUser(userId)).map((t) => present(t, now));
    },
    async revoke(userId, id) {
      if (!(await repo.revoke(id, userId, deps.clock.now()))) throw notFound('API token');
    },
    async resolve(secret) {
      // Malformed secrets never reach the database.
      if (!API_TOKEN_PATTERN.test(secret)) return undefined;
      const now = deps.clock.now();
      const owner = await repo.findLiveByHash(sha256(secret), now);
      if (!owner) return undefined;
      if (!owner.last_used_at || now.getTime() - owner.last_used_at.getTime() >= LAST_USED_GRANULARITY_MS) {
        await repo.touch(owner.token_id, now, LAST_USED_GRANULARITY_MS);
      }
      return { sub: owner.user_id, email: owner.email, role: owner.role };
    },
  };
}
