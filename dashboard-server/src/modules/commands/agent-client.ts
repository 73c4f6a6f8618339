import type { KeyObject } from 'node:crypto';
import { type Command, type CommandResult, CommandResultSchema, signRequest } from '@retainer/protocol';
import { Value } from '@sinclair/typebox/value';

export type PushOutcome = { ok: true; result: CommandResult } | { ok: false; error: string };

/** Sends one command to an agent's signed endpoint. The edge to the outside world: tests may swap it. */
export interface AgentClient {
  push(commandsUrl: string, command: Command): Promise<PushOutcome>;
}

export function createAgentClient(deps: { hubPrivateKey: KeyObject; timeoutMs: number; now: () => number }): AgentClient {
  return {
    async push(commandsUrl, command) {
      const url = new URL(commandsUrl);
      const body = JSON.stringify(command);
      const headers = signRequest({ siteId: command.site_id, method: 'POST', path: url.pathname + url.search, body, privateKey: deps.hubPrivateKey, now: deps.now() });
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(deps.timeoutMs),
        });
        const text = await res.text();
        if (!res.ok) return { ok: false, error: `HTTP ${res.status}: ${text.slice(0, 300)}` };
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return { ok: false, error: 'agent answered with something other than JSON' };
        }
        if (!Value.Check(CommandResultSchema, json) || json.command_id !== command.command_id) {
          return { ok: false, error: 'agent answered with an invalid command result' };
        }
        return { ok: true, result: json };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
      }
    },
  };
}
