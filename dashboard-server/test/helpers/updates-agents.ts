import { randomUUID } from 'node:crypto';
import type { Command, CommandResult, PluginInfo, UpdateEvent, UpdateItem, UpdateOutcome, UpdateReasonCode } from '@retainer/protocol';
import type { App } from '../../src/app.js';
import { systemClock, type Clock } from '../../src/lib/clock.js';
import type { AgentClient, PushOutcome } from '../../src/modules/commands/agent-client.js';
import { makeReport, type SimulatedAgent } from './agent.js';
import type { TestHub } from './app.js';

export interface ItemBehaviour {
  outcome: UpdateOutcome;
  reason_code?: UpdateReasonCode;
  reason?: string;
}

/**
 * Agents that answer apply_updates the way the WordPress agent does: each command_id runs at most once
 * (a command sent again gets the stored result), one item at a time, every outcome an UpdateEvent,
 * optionally posted through the signed events endpoint first (the agent's outbox), then returned in
 * the command result. Plugged into the hub through its agentClient swap point.
 */
export class UpdateAgents implements AgentClient {
  readonly received: Command[] = [];
  readonly executions = new Map<string, number>();
  private readonly results = new Map<string, CommandResult>();
  private readonly signers = new Map<string, SimulatedAgent>();
  /** Per "siteId|itemId" (or "*|itemId"): what happens; default updated. */
  readonly behaviour = new Map<string, ItemBehaviour>();
  /** Sites whose pushes never get an answer (the hub cannot reach them). */
  readonly unreachable = new Set<string>();
  /** Resolves pushes that wait for the test (`gate`), to look at progress while a site updates. */
  gate: Promise<void> | undefined;
  /** Posts each event through POST /agent/v1/update-events before answering (needs `app`). */
  postEvents = true;
  app: App | undefined;

  /** The hub's clock once the hub exists (events carry its time). */
  clock: Clock = systemClock;

  register(agent: SimulatedAgent): void {
    this.signers.set(agent.siteId, agent);
  }

  async push(_url: string, command: Command): Promise<PushOutcome> {
    this.received.push(command);
    if (this.unreachable.has(command.site_id)) return { ok: false, error: 'connect ECONNREFUSED' };
    const known = this.results.get(command.command_id);
    if (known) return { ok: true, result: known };
    this.executions.set(command.command_id, (this.executions.get(command.command_id) ?? 0) + 1);
    if (this.gate) await this.gate;
    const started = this.clock.now().toISOString();
    const events: UpdateEvent[] = [];
    const args = command.args as { run_id?: string; items: UpdateItem[] };
    for (const item of args.items) {
      const b = this.behaviour.get(`${command.site_id}|${item.id}`) ?? this.behaviour.get(`*|${item.id}`) ?? { outcome: 'updated' };
      const event: UpdateEvent = {
        event_id: randomUUID(),
        command_id: command.command_id,
        run_id: args.run_id ?? null,
        item: { type: item.type, id: item.id, name: `Name of ${item.id}` },
        from_version: '1.0.0',
        to_version: item.to_version ?? '1.1.0',
        outcome: b.outcome,
        reason_code: b.reason_code ?? null,
        reason: b.reason ?? null,
        started_at: started,
        finished_at: this.clock.now().toISOString(),
        probes: { before: [{ url: 'https://example.com/', status: 200, ms: 80, fatal_marker: false }], after: [{ url: 'https://example.com/', status: b.outcome === 'rolled_back' ? 500 : 200, ms: 90, fatal_marker: b.outcome === 'rolled_back' }], after_rollback: [] },
      };
      events.push(event);
      if (this.postEvents && this.app) {
        const r = await postUpdateEvents(this.app, this.signers.get(command.site_id)!, [event], this.clock.now().getTime());
        if (r.statusCode !== 200) throw new Error(`update-events answered ${r.statusCode} ${r.body}`);
      }
    }
    const result: CommandResult = { command_id: command.command_id, status: 'ok', started_at: started, finished_at: this.clock.now().toISOString(), output: { events } };
    this.results.set(command.command_id, result);
    return { ok: true, result };
  }
}

/** A signed POST /agent/v1/update-events, as the agent's outbox sends it. */
export function postUpdateEvents(app: App, agent: SimulatedAgent, events: UpdateEvent[], now: number, opts: { nonce?: string; bodyOverride?: string } = {}) {
  const body = JSON.stringify({ events });
  const headers = agent.sign('POST', '/agent/v1/update-events', body, { now, ...(opts.nonce ? { nonce: opts.nonce } : {}) });
  return app.inject({ method: 'POST', url: '/agent/v1/update-events', headers: { ...headers, 'content-type': 'application/json' }, payload: opts.bodyOverride ?? body });
}

export const plugin = (file: string, version: string, update: string | null): PluginInfo => ({ file, name: `Plugin ${file.split('/')[0]}`, version, active: true, network_active: false, auto_update: false, update_version: update });

/**
 * An enrolled site whose agent reported an inventory with pending updates and whose commands endpoint
 * is on the site's own origin (so the hub pushes to it).
 */
export async function updatableSite(hub: TestHub, agents: UpdateAgents, o: { clientId?: string; label: string; plugins?: PluginInfo[]; coreUpdate?: string | null }) {
  const url = `https://${o.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.com`;
  const agent = await hub.enrolledAgent({ url, label: o.label, ...(o.clientId ? { clientId: o.clientId } : {}) });
  agents.register(agent);
  const base = makeReport();
  const report = makeReport({
    plugins: o.plugins ?? [plugin('akismet/akismet.php', '5.3', '5.3.2'), plugin('hello-dolly/hello.php', '1.7.2', null)],
    themes: [],
    translations: [],
    core: { ...base.core, version: '6.8.1', update_version: o.coreUpdate ?? null },
    environment: { ...base.environment, commands_url: `${url}/wp-json/retainer/v1/commands` },
  });
  const r = await hub.postReport(agent, report);
  if (r.statusCode !== 200) throw new Error(`report: ${r.statusCode} ${r.body}`);
  return agent;
}
