import type { KeyObject } from 'node:crypto';
import { type Command, type CommandResult, CommandResultSchema, signRequest } from '@retainer/protocol';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Agent, request } from 'undici';

export type PushOutcome = { ok: true; result: CommandResult } | { ok: false; error: string };

/** Sends one command to an agent's signed endpoint. The edge to the outside world: tests may swap it. */
export interface AgentClient {
  push(commandsUrl: string, command: Command): Promise<PushOutcome>;
}

/** Checked on every pushed answer; compiled once rather than interpreted each time. */
const commandResult = TypeCompiler.Compile(CommandResultSchema);

/**
 * Pushes go through undici's plain `request` on one keep-alive pool: an update run pushes to many sites
 * at once, and `fetch` adds a WHATWG request, response and stream per call. A redirect is not followed
 * (it is an answer other than 2xx, so the push failed); the whole exchange has one deadline.
 */
export function createAgentClient(deps: { hubPrivateKey: KeyObject; timeoutMs: number; now: () => number }): AgentClient {
  const dispatcher = new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });
  return {
    async push(commandsUrl, command) {
      const url = new URL(commandsUrl);
      const body = JSON.stringify(command);
      const headers = signRequest({ siteId: command.site_id, method: 'POST', path: url.pathname + url.search, body, privateKey: deps.hubPrivateKey, now: deps.now() });
      try {
        const res = await request(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
          body,
          dispatcher,
          signal: AbortSignal.timeout(deps.timeoutMs),
        });
        const text = await res.body.text();
        if (res.statusCode < 200 || res.statusCode > 299) return { ok: false, error: `HTTP ${res.statusCode}: ${text.slice(0, 300)}` };
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return { ok: false, error: 'agent answered with something other than JSON' };
        }
        if (!commandResult.Check(json) || json.command_id !== command.command_id) {
          return { ok: false, error: 'agent answered with an invalid command result' };
        }
        return { ok: true, result: json };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
      }
    },
  };
}
