import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';

let hub: TestHub;
let siteId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';
const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload === undefined ? {} : { payload: payload as object }) });
const tableCounts = async () => {
  const out: Record<string, number> = {};
  for (const t of ['monitors', 'maintenance_windows', 'alert_channels', 'alert_deliveries', 'uptime_checks', 'uptime_incidents']) {
    out[t] = (await hub.tdb.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
  }
  return out;
};

beforeAll(async () => {
  // No SMTP configured: the email channel must be refused rather than fail at every alert.
  hub = await buildTestHub();
  siteId = await hub.createSite(await hub.createClient(), 'https://bakery.example.com');
});
afterAll(async () => hub?.close());

describe('uptime and alerts API', () => {
  it('needs a signed-in user', async () => {
    for (const url of ['/api/v1/uptime', `/api/v1/sites/${siteId}/monitor`, '/api/v1/alert-channels', '/api/v1/alert-deliveries']) {
      const r = await hub.app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(401);
    }
  });

  it('shows default monitor settings, replaces them with PUT, and lists the fleet', async () => {
    const d = await api('GET', `/sites/${siteId}/monitor`);
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({ url: null, effective_url: 'https://bakery.example.com', interval_s: 60, confirm_failures: 2, accepted_status_codes: ['200-399'], status: 'unknown' });
    const p = await api('PUT', `/sites/${siteId}/monitor`, { url: 'https://bakery.example.com/health', interval_s: 120, keyword: 'Bakery', accepted_status_codes: ['200-299', '401'], confirm_failures: 3 });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json()).toMatchObject({ effective_url: 'https://bakery.example.com/health', interval_s: 120, keyword: 'Bakery', keyword_mode: 'contains', confirm_failures: 3, paused: false });
    const again = await api('PUT', `/sites/${siteId}/monitor`, { paused: true });
    expect(again.json()).toMatchObject({ url: null, interval_s: 60, keyword: null, paused: true });

    const fleet = await api('GET', '/uptime?limit=10');
    expect(fleet.statusCode, fleet.body).toBe(200);
    expect(fleet.json()).toMatchObject({ total: 1, limit: 10, offset: 0, counts: { paused: 1 } });
    expect(fleet.json().items[0]).toMatchObject({ site_id: siteId, paused: true, uptime_24h: null, uptime_30d: null, last_incident: null });
    for (const path of ['checks', 'rollups', 'incidents']) {
      const r = await api('GET', `/sites/${siteId}/${path}`);
      expect(r.statusCode, path).toBe(200);
      expect(r.json().items).toEqual([]);
    }
  });

  it('refuses bad monitor settings with 400 VALIDATION_FAILED and changes nothing', async () => {
    const before = await api('GET', `/sites/${siteId}/monitor`);
    const cases: unknown[] = [
      { interval_s: 10 },
      { interval_s: '60' },
      { timeout_ms: 0 },
      { url: 'ftp://bakery.example.com' },
      { accepted_status_codes: [] },
      { accepted_status_codes: ['2xx'] },
      { accepted_status_codes: ['399-200'] },
      { keyword_mode: 'maybe' },
      { max_redirects: 50 },
      { confirm_failures: 0 },
      { unknown_field: true },
    ];
    for (const body of cases) {
      const r = await api('PUT', `/sites/${siteId}/monitor`, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await api('GET', `/sites/${siteId}/monitor`)).json()).toEqual(before.json());
  });

  it('answers 404 for unknown sites and 400 for malformed ids or queries', async () => {
    for (const [m, url, body] of [
      ['GET', `/sites/${MISSING}/monitor`],
      ['PUT', `/sites/${MISSING}/monitor`, {}],
      ['GET', `/sites/${MISSING}/checks`],
      ['GET', `/sites/${MISSING}/rollups`],
      ['GET', `/sites/${MISSING}/incidents`],
      ['POST', `/sites/${MISSING}/maintenance-windows`, { starts_at: '2026-11-01T00:00:00Z', ends_at: '2026-11-01T01:00:00Z' }],
      ['DELETE', `/sites/${siteId}/maintenance-windows/${MISSING}`],
    ] as const) {
      const r = await api(m, url, body);
      expect(r.statusCode, `${m} ${url}`).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
    for (const url of ['/sites/not-a-uuid/monitor', `/sites/${siteId}/checks?limit=0`, `/sites/${siteId}/checks?from=yesterday`, `/sites/${siteId}/rollups?from=2026-13-01`, `/sites/${siteId}/rollups?from=2026-11-10&to=2026-11-01`, `/sites/${siteId}/uptime?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z`, `/sites/${siteId}/uptime`, '/uptime?status=sideways', '/alert-deliveries?status=lost']) {
      const r = await api('GET', url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('maintenance windows: create, list, delete; an inverted window is refused', async () => {
    const now = hub.clock.now().getTime();
    const bad = await api('POST', `/sites/${siteId}/maintenance-windows`, { starts_at: new Date(now + 3_600_000).toISOString(), ends_at: new Date(now).toISOString() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await api('POST', `/sites/${siteId}/maintenance-windows`, { starts_at: 'soon', ends_at: 'later' })).statusCode).toBe(400);
    expect((await tableCounts()).maintenance_windows).toBe(0);
    const ok = await api('POST', `/sites/${siteId}/maintenance-windows`, { starts_at: new Date(now).toISOString(), ends_at: new Date(now + 3_600_000).toISOString(), reason: 'plugin updates' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await api('GET', `/sites/${siteId}/maintenance-windows`)).json().items).toHaveLength(1);
    expect((await api('DELETE', `/sites/${siteId}/maintenance-windows/${ok.json().id}`)).statusCode).toBe(204);
    expect((await api('GET', `/sites/${siteId}/maintenance-windows`)).json().items).toHaveLength(0);
  });

  it('alert channels: CRUD with per-type config validation, duplicate names refused', async () => {
    const before = await tableCounts();
    const bad: [unknown, number][] = [
      [{ name: 'Mail', type: 'email', config: {} }, 400], // no SMTP_URL on this hub
      [{ name: 'Pager', type: 'pager', config: {} }, 400],
      [{ name: 'Hook', type: 'webhook', config: {} }, 400],
      [{ name: 'Hook', type: 'webhook', config: { url: 'not a url' } }, 400],
      [{ name: 'Hook', type: 'webhook', config: { url: 'https://hooks.example.com/x', extra: 1 } }, 400],
      [{ name: '', type: 'slack', config: { url: 'https://hooks.example.com/x' } }, 400],
      [{ name: 'Slack', type: 'slack' }, 400],
    ];
    for (const [body, status] of bad) {
      const r = await api('POST', '/alert-channels', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await tableCounts()).toEqual(before);

    const created = await api('POST', '/alert-channels', { name: 'Team Slack', type: 'slack', config: { url: 'https://hooks.example.com/services/T/B/X' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const dup = await api('POST', '/alert-channels', { name: 'team slack', type: 'webhook', config: { url: 'https://hooks.example.com/y' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');

    const list = await api('GET', '/alert-channels');
    expect(list.json()).toMatchObject({ items: [{ id, name: 'Team Slack', type: 'slack', enabled: true }], types: ['email', 'webhook', 'slack'] });
    expect((await api('PATCH', `/alert-channels/${id}`, {})).statusCode).toBe(400);
    expect((await api('PATCH', `/alert-channels/${id}`, { config: { url: 42 } })).statusCode).toBe(400);
    expect((await api('PATCH', `/alert-channels/${MISSING}`, { enabled: false })).statusCode).toBe(404);
    const patched = await api('PATCH', `/alert-channels/${id}`, { enabled: false, name: 'Slack (muted)' });
    expect(patched.json()).toMatchObject({ enabled: false, name: 'Slack (muted)' });
    expect((await api('POST', `/alert-channels/${MISSING}/test`)).statusCode).toBe(404);
    expect((await api('DELETE', `/alert-channels/${id}`)).statusCode).toBe(204);
    expect((await api('DELETE', `/alert-channels/${id}`)).statusCode).toBe(404);
  });

  it('the channel test reports a delivery failure instead of failing the request', async () => {
    const created = await api('POST', '/alert-channels', { name: 'Dead end', type: 'webhook', config: { url: 'http://127.0.0.1:1/hook' } });
    const r = await api('POST', `/alert-channels/${created.json().id}/test`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ ok: false });
    expect(r.json().error).toMatch(/ECONNREFUSED|connect/i);
    const deliveries = await api('GET', '/alert-deliveries');
    expect(deliveries.json()).toMatchObject({ items: [], total: 0 });
  });
});
