import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedAgent } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await buildTestHub({ config: { publicUrl: 'https://hub.example' } });
});
afterAll(async () => hub?.close());

const importSites = (payload: unknown, headers = hub.auth) => hub.app.inject({ method: 'POST', url: '/api/v1/sites/import', headers, payload: payload as Record<string, unknown> });
async function counts() {
  const n = async (table: string) => (await hub.tdb.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  return { clients: await n('clients'), sites: await n('sites'), codes: await n('enrollment_codes') };
}

describe('POST /api/v1/sites/import', () => {
  it('imports sites with their clients (found by name in any case, or created) and a working one-time code each', async () => {
    const acme = await hub.createClient('Acme Bakery');
    const r = await importSites({
      rows: [
        { client: 'acme bakery', url: 'https://shop.acme.example/' },
        { client: 'Nuovo Ristorante', url: 'https://nuovo.example', label: 'Nuovo main site' },
        { client: 'nuovo ristorante', client_email: 'ciao@nuovo.example', url: 'https://menu.nuovo.example' },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const out = r.json();
    expect(out.hub_url).toBe('https://hub.example');
    expect(out.created_clients).toMatchObject([{ name: 'Nuovo Ristorante' }]);
    const nuovo = out.created_clients[0].id;
    expect(out.sites).toMatchObject([
      { row: 0, client_id: acme, client_name: 'Acme Bakery', url: 'https://shop.acme.example', label: 'shop.acme.example' },
      { row: 1, client_id: nuovo, client_name: 'Nuovo Ristorante', label: 'Nuovo main site' },
      { row: 2, client_id: nuovo, url: 'https://menu.nuovo.example' },
    ]);
    for (const s of out.sites) {
      expect(s.code).toMatch(/^RTN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(s.code_expires_at).toBe(new Date(hub.clock.now().getTime() + 24 * 3_600_000).toISOString());
    }
    const client = await hub.app.inject({ method: 'GET', url: `/api/v1/clients/${nuovo}`, headers: hub.auth });
    expect(client.json()).toMatchObject({ name: 'Nuovo Ristorante', contact_email: 'ciao@nuovo.example' });

    // The code enrolls the agent, once.
    const agent = new SimulatedAgent();
    const enroll = (code: string) =>
      hub.app.inject({ method: 'POST', url: '/agent/v1/enroll', payload: { enrollment_code: code, site_url: 'https://menu.nuovo.example', public_key: agent.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' } });
    const enrolled = await enroll(out.sites[2].code);
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect(enrolled.json().site_id).toBe(out.sites[2].site_id);
    const reused = await enroll(out.sites[2].code);
    expect([reused.statusCode, reused.json().error.code]).toEqual([409, 'ENROLLMENT_CODE_USED']);

    const week = await importSites({ rows: [{ client: 'Acme Bakery', url: 'https://week.acme.example' }], code_valid_hours: 168 });
    expect(week.json().sites[0].code_expires_at).toBe(new Date(hub.clock.now().getTime() + 7 * 24 * 3_600_000).toISOString());

    const noCodes = await importSites({ rows: [{ client: 'Acme Bakery', url: 'https://blog.acme.example' }], enrollment_codes: false });
    expect(noCodes.json().sites).toMatchObject([{ code: null, code_expires_at: null }]);
    expect((await hub.tdb.db.query('SELECT 1 FROM enrollment_codes WHERE site_id = $1', [noCodes.json().sites[0].site_id])).rowCount).toBe(0);
  });

  it('refuses the whole import with every problem listed by row, and writes nothing', async () => {
    const before = await counts();
    const cases: Array<[unknown, number, string, Array<{ path: string; message: RegExp }>?]> = [
      [
        {
          rows: [
            { client: 'Brand New Ltd', url: 'https://brand-new.example' },
            { client: 'Acme Bakery', url: 'https://NEW.acme.example/' },
            { client: 'Acme Bakery', url: 'https://new.acme.example' },
          ],
        },
        400,
        'VALIDATION_FAILED',
        [{ path: '/rows/2/url', message: /same site as row 1/ }],
      ],
      [{ rows: [{ client: 'Brand New Ltd', url: 'https://brand-new.example' }] }, 400, 'VALIDATION_FAILED', [{ path: '/rows/0/client_email', message: /new client/ }]],
      [{ rows: [{ client: 'Acme Bakery', url: 'https://ok.acme.example' }, { client: 'Acme Bakery', url: 'https://SHOP.acme.example' }] }, 409, 'CONFLICT', [{ path: '/rows/1/url', message: /already on the hub/ }]],
      [{ rows: [{ client: '   ', client_email: 'a@b.example', url: 'https://blank.example' }] }, 400, 'VALIDATION_FAILED', [{ path: '/rows/0/client', message: /client name/ }]],
      [{ rows: [] }, 400, 'VALIDATION_FAILED'],
      [{ rows: [{ client: 'Acme Bakery', url: 'ftp://files.acme.example' }] }, 400, 'VALIDATION_FAILED'],
      [{ rows: [{ client: 'Acme Bakery', url: 'https://x.example', colour: 'red' }] }, 400, 'VALIDATION_FAILED'],
      [{ rows: [{ client: 'Acme Bakery', client_email: 'not-an-email', url: 'https://x.example' }] }, 400, 'VALIDATION_FAILED'],
      [{ rows: [{ client: 'Acme Bakery', url: 'https://x.example' }], code_valid_hours: 169 }, 400, 'VALIDATION_FAILED'],
      [{ rows: [{ client: 'Acme Bakery', url: 'https://x.example' }], code_valid_hours: 0 }, 400, 'VALIDATION_FAILED'],
      [{ rows: Array.from({ length: 1001 }, (_, i) => ({ client: 'Acme Bakery', url: `https://s${i}.example` })) }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [payload, status, code, details] of cases) {
      const r = await importSites(payload);
      expect([r.statusCode, r.json().error.code], r.body.slice(0, 300)).toEqual([status, code]);
      for (const d of details ?? []) {
        expect(r.json().error.details, JSON.stringify(r.json().error.details)).toEqual(expect.arrayContaining([expect.objectContaining({ path: d.path, message: expect.stringMatching(d.message) })]));
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('is for owners: a technician gets 403 and nothing is written', async () => {
    const inv = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: hub.auth, payload: { email: 'tech@example.com', role: 'technician' } });
    const token = new URL(inv.json().invite_url).hash.slice('#token='.length);
    const accepted = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token, password: 'technician password' } });
    const before = await counts();
    const r = await importSites({ rows: [{ client: 'Acme Bakery', url: 'https://tech.acme.example' }] }, { authorization: `Bearer ${accepted.json().token}` });
    expect([r.statusCode, r.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await counts()).toEqual(before);
  });
});
