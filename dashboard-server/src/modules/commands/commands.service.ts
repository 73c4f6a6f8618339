import { randomUUID } from 'node:crypto';
import type { Command, CommandResult } from '@retainer/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { createSitesRepository } from '../sites/sites.repository.js';
import type { AgentClient } from './agent-client.js';
import { createCommandsRepository } from './commands.repository.js';
import type { CommandView, CreateCommand } from './commands.schemas.js';

export interface CommandsService {
  /** Queues a command and pushes it to the agent in the background; it also rides on the next report. */
  create(siteId: string, input: CreateCommand, userId: string | null): Promise<CommandView>;
  get(siteId: string, id: string): Promise<CommandView>;
  list(siteId: string): Promise<CommandView[]>;
  /**
   * When a command issued at `issuedAt` expires. For features that store their own commands as part of
   * a larger statement (update runs claim jobs and write their commands at once); `send` pushes such a
   * command once that statement has committed.
   */
  expiry(issuedAt: Date): Date;
  /**
   * Pushes a stored, still open command (again) in the background; the agent runs a command_id at most
   * once. `command` saves reading it back when the caller has just stored it. `record`, when given,
   * records a result the push brought (delivery and result, and what follows from it, in one
   * statement) instead of recording it here and calling `onResult`.
   */
  send(siteId: string, commandId: string, command?: Command, target?: PushTarget, record?: PushedResultRecorder): void;
  /** Resolves when every background push started so far has finished (graceful shutdown, tests). */
  drain(): Promise<void>;
}

/** Records a result a push brought: see `pushedResultSql` for the part that records it on the command. */
export type PushedResultRecorder = (siteId: string, result: CommandResult, now: Date) => Promise<void>;

/** Where a site's agent takes pushed commands (from its reports) and the site's own addresses. */
export interface PushTarget {
  commands_url: string | null;
  url: string;
  agent_site_url: string | null;
}

export function createCommandsService(deps: {
  db: Database;
  clock: Clock;
  agentClient: AgentClient;
  commandTtlMs: number;
  log: FastifyBaseLogger;
  /** Called once per command when its result is first recorded from a push (must not throw). */
  onResult?: (siteId: string, result: CommandResult) => Promise<void>;
}): CommandsService {
  const { db, clock } = deps;
  const repo = createCommandsRepository(db);
  const sites = createSitesRepository(db);
  const inflight = new Set<Promise<void>>();
  const track = (work: Promise<void>, commandId: string) => {
    const p = work.catch((err) => deps.log.warn({ err, command_id: commandId }, 'command push failed')).finally(() => inflight.delete(p));
    inflight.add(p);
  };
  const argsOf = async (id: string) => (await db.query<{ args: Record<string, unknown> }>('SELECT args FROM commands WHERE id = $1', [id])).rows[0]?.args;

  async function push(siteId: string, command: Command, known?: PushTarget, record?: PushedResultRecorder): Promise<void> {
    const row = known ?? (await db.query<PushTarget>('SELECT commands_url, url, agent_site_url FROM sites WHERE id = $1', [siteId])).rows[0];
    if (!row?.commands_url) return;
    // The endpoint comes from the agent's report. Only push to the site's own origin, so an agent cannot
    // point the hub at other hosts; anything else still reaches the agent with its next report.
    const origin = new URL(row.commands_url).origin;
    const allowed = [row.url, row.agent_site_url].filter((u): u is string => !!u).map((u) => new URL(u).origin);
    if (!allowed.includes(origin)) {
      await repo.markPushAttempt(command.command_id, clock.now(), `commands_url origin ${origin} is not the site's origin; waiting for the next report`);
      return;
    }
    const outcome = await deps.agentClient.push(row.commands_url, command);
    const now = clock.now();
    if (outcome.ok) {
      if (record) await record(siteId, outcome.result, now);
      else if ((await repo.recordPushedResult(siteId, outcome.result, now)) && deps.onResult) await deps.onResult(siteId, outcome.result);
    } else {
      await repo.markPushAttempt(command.command_id, now, outcome.error);
    }
  }

  return {
    async create(siteId, input, userId) {
      const site = await sites.findForAuth(siteId);
      if (!site) throw notFound('Site');
      if (site.status !== 'connected') throw new AppError(ErrorCode.CONFLICT, 'The site has no connected agent');
      const now = clock.now();
      const view = await repo.insert({ id: randomUUID(), siteId, type: input.type, args: input.args ?? {}, createdBy: userId, now, expiresAt: new Date(now.getTime() + deps.commandTtlMs) });
      const command: Command = { command_id: view.command_id, site_id: siteId, type: view.type, args: input.args ?? {}, issued_at: view.created_at, expires_at: view.expires_at };
      track(push(siteId, command), view.command_id);
      return view;
    },
    expiry: (issuedAt) => new Date(issuedAt.getTime() + deps.commandTtlMs),
    send(siteId, commandId, command, target, record) {
      if (command) return track(push(siteId, command, target, record), commandId);
      const again = async () => {
        const view = await repo.find(siteId, commandId);
        if (!view || (view.status !== 'pending' && view.status !== 'sent') || Date.parse(view.expires_at) <= clock.now().getTime()) return;
        await push(siteId, { command_id: view.command_id, site_id: siteId, type: view.type, args: (await argsOf(commandId)) ?? {}, issued_at: view.created_at, expires_at: view.expires_at }, undefined, record);
      };
      track(again(), commandId);
    },
    async get(siteId, id) {
      return (await repo.find(siteId, id)) ?? Promise.reject(notFound('Command'));
    },
    list: (siteId) => repo.listForSite(siteId, 50),
    async drain() {
      await Promise.allSettled([...inflight]);
    },
  };
}
