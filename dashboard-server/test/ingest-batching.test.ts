import { newNonce } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport, type SimulatedAgent } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { countRows } from './helpers/database.js';

/**
 * Reports arriving together are stored by one statement. Each must get exactly the answer it would get
 * alone — including reports of the same site, replays inside one batch, and sites revoked or deleted
 * after their key was cached.
 */
let hub: TestHub;
let agents: SimulatedAgent[];
beforeAll(async () => {
  hub = await buildTestHub({ config: { agentSiteRateLimitPerMin: 10_000 } });
  const clientId = await hub.createClient();
  agents = [];
  for (let i = 0; i < 30; i++) agents.push(await hub.enrolledAgent({ clientId, url: `https://batch-${i}.example.com` }));
});
afterAll(async () => hub?.close());

describe('batched ingest', () => {
  it('stores 30 sites × 3 concurrent reports, each exactly once, newest inventory per site', async () => {
    const t = hub.clock.now().getTime();
    const sends = agents.flatMap((a, i) =>
      [0, 1, 2].map((k) => {
        const report = makeReport({ generated_at: new Date(t - (2 - k) * 60_000).toISOString(), core: { ...makeReport().core, version: `6.${k}.${i}` } });
        return hub.postReport(a, report).then((res) => ({ res, report, agent: a, k }));
      }),
    );
    const results = await Promise.all(sends);
    for (const { res } of results) expect(res.statusCode, res.body).toBe(200);
    expect(results.every(({ res }) => res.json().status === 'stored')).toBe(true);
    const rows = await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    expect(rows.rows[0]!.n).toBe(90);
    for (const [i, a] of agents.entries()) {
      const d = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${a.siteId}`, headers: hub.auth })).json();
      expect(d.wp_version).toBe(`6.2.${i}`);
      expect(d.inventory.core.version).toBe(`6.2.${i}`);
    }
  });

  it('accepts a nonce once even when both requests are in flight together', async () => {
    const a = agents[0]!;
    const nonce = newNonce();
    const [r1, r2] = await Promise.all([hub.postReport(a, makeReport(), { nonce }), hub.postReport(a, makeReport(), { nonce })]);
    const codes = [r1.statusCode, r2.statusCode].sort();
    expect(codes).toEqual([200, 401]);
    expect([r1, r2].find((r) => r.statusCode === 401)!.json().error.code).toBe('NONCE_REPLAYED');
  });

  it('answers a report re-sent concurrently as stored once and duplicate once', async () => {
    const a = agents[1]!;
    const report = makeReport();
    const [r1, r2] = await Promise.all([hub.postReport(a, report), hub.postReport(a, report)]);
    expect([r1.json().status, r2.json().status].sort()).toEqual(['duplicate', 'stored']);
  });

  it('gives the exact refusal when a cached site was revoked or deleted meanwhile, and writes nothing', async () => {
    const [revoked, deleted, healthy] = [agents[2]!, agents[3]!, agents[4]!];
    // Each has reported, so its key is in the hub's cache.
    await hub.tdb.db.query("UPDATE sites SET status = 'revoked' WHERE id = $1", [revoked.siteId]);
    await hub.tdb.db.query('DELETE FROM sites WHERE id = $1', [deleted.siteId]);
    const before = await countRows(hub.tdb.db);
    const [r1, r2, r3] = await Promise.all([hub.postReport(revoked, makeReport()), hub.postReport(deleted, makeReport()), hub.postReport(healthy, makeReport())]);
    expect(r1.json().error.code).toBe('SITE_REVOKED');
    expect(r2.json().error.code).toBe('SITE_UNKNOWN');
    expect(r3.json().status).toBe('stored');
    const after = await countRows(hub.tdb.db);
    expect(after.reports).toBe(before.reports + 1);
    expect(after.agent_nonces).toBe(before.agent_nonces + 1);
  });
});
