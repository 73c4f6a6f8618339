import { randomUUID } from 'node:crypto';
import type { StatusReport } from '@retainer/protocol';
import { buildApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
import { manualClock } from '../../src/lib/clock.js';
import { hashPassword } from '../../src/lib/passwords.js';
import type { AgentClient } from '../../src/modules/commands/agent-client.js';
import { loadSecrets } from '../../src/modules/settings/secrets.js';
import { createSettingsRepository } from '../../src/modules/settings/settings.repository.js';
import { SimulatedAgent } from './agent.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const OWNER = { email: 'owner@example.com', password: 'correct horse battery' };

export interface TestHub {
  app: App;
  tdb: TestDatabase;
  clock: ReturnType<typeof manualClock>;
  token: string;
  auth: { authorization: string };
  close(): Promise<void>;
  createClient(name?: string): Promise<string>;
  createSite(clientId: string, url?: string, label?: string): Promise<string>;
  enrollmentCode(siteId: string): Promise<string>;
  /** Client + site + enrollment through the real routes; returns an agent that can sign. */
  enrolledAgent(opts?: { clientId?: string; url?: string; label?: string }): Promise<SimulatedAgent>;
  postReport(agent: SimulatedAgent, report: StatusReport, opts?: { now?: number; nonce?: string; bodyOverride?: string }): ReturnType<App['inject']>;
}

/** The hub on a fresh PostgreSQL database with a manual clock and an owner already signed in. */
export async function buildTestHub(opts: { config?: Partial<Config>; agentClient?: AgentClient; start?: string } = {}): Promise<TestHub> {
  const tdb = await createTestDatabase();
  const clock = manualClock(opts.start ?? new Date().toISOString());
  const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: tdb.url, UI_DIST_DIR: '/nonexistent' }, opts.config);
  const secrets = await loadSecrets(createSettingsRepository(tdb.db), clock);
  const app = await buildApp({ config, db: tdb.db, clock, secrets, ...(opts.agentClient ? { agentClient: opts.agentClient } : {}) });
  await tdb.db.query("INSERT INTO users (id, email, password_hash, role, created_at) VALUES ($1, $2, $3, 'owner', now())", [randomUUID(), OWNER.email, await hashPassword(OWNER.password)]);
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: OWNER });
  const token = login.json().token as string;
  const auth = { authorization: `Bearer ${token}` };

  const hub: TestHub = {
    app,
    tdb,
    clock,
    token,
    auth,
    async close() {
      await app.close();
      await tdb.drop();
    },
    async createClient(name = 'Bakery Ltd') {
      const r = await app.inject({ method: 'POST', url: '/api/v1/clients', headers: auth, payload: { name, contact_email: 'owner@bakery.example', locale: 'fr' } });
      if (r.statusCode !== 201) throw new Error(`createClient: ${r.statusCode} ${r.body}`);
      return r.json().id;
    },
    async createSite(clientId, url = 'https://bakery.example.com', label) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/sites', headers: auth, payload: { client_id: clientId, url, ...(label ? { label } : {}) } });
      if (r.statusCode !== 201) throw new Error(`createSite: ${r.statusCode} ${r.body}`);
      return r.json().id;
    },
    async enrollmentCode(siteId) {
      const r = await app.inject({ method: 'POST', url: `/api/v1/sites/${siteId}/enrollment-code`, headers: auth });
      if (r.statusCode !== 201) throw new Error(`enrollmentCode: ${r.statusCode} ${r.body}`);
      return r.json().code;
    },
    async enrolledAgent(o = {}) {
      const clientId = o.clientId ?? (await hub.createClient());
      const siteId = await hub.createSite(clientId, o.url, o.label);
      const code = await hub.enrollmentCode(siteId);
      const agent = new SimulatedAgent();
      const r = await app.inject({
        method: 'POST',
        url: '/agent/v1/enroll',
        payload: { enrollment_code: code, site_url: o.url ?? 'https://bakery.example.com', public_key: agent.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' },
      });
      if (r.statusCode !== 201) throw new Error(`enroll: ${r.statusCode} ${r.body}`);
      agent.siteId = r.json().site_id;
      return agent;
    },
    postReport(agent, report, o = {}) {
      const body = o.bodyOverride ?? JSON.stringify(report);
      const signedBody = JSON.stringify(report);
      const headers = agent.sign('POST', '/agent/v1/reports', signedBody, { now: o.now ?? clock.now().getTime(), ...(o.nonce ? { nonce: o.nonce } : {}) });
      return app.inject({ method: 'POST', url: '/agent/v1/reports', headers: { ...headers, 'content-type': 'application/json' }, payload: body });
    },
  };
  return hub;
}
