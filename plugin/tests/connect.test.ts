import { randomUUID } from 'node:crypto';
import { generateKeyPair } from '@retainer/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { agentTables, closedPort, resetAgent } from './support/agent';
import { FakeHub } from './support/fake-hub';
import { expectValid, schema } from './support/schemas';
import { rest, wpEvalJson } from './support/wp';

const validateEnroll = schema('enroll-request');
const hub = new FakeHub();
const hubKey = generateKeyPair();

/** Options of the plugin as stored, with their autoload flag. */
const storedOptions = () =>
  wpEvalJson<Record<string, string>>(`
    global $wpdb;
    $rows = $wpdb->get_results( $wpdb->prepare( "SELECT option_name, autoload FROM {$wpdb->options} WHERE option_name LIKE %s", 'retainer\\\\_agent\\\\_%' ), ARRAY_A );
    echo wp_json_encode( (object) wp_list_pluck( $rows, 'autoload', 'option_name' ) );`);

describe('connect and disconnect (real WordPress)', () => {
  beforeAll(async () => {
    await resetAgent();
    await hub.start();
  });
  afterAll(() => hub.stop());
  beforeEach(() => {
    hub.requests.length = 0;
  });

  it('before connecting: status says not connected; sending is refused; nothing is stored or scheduled', async () => {
    const status = await rest('GET', '/retainer/v1/status');
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ connected: false, hub_url: null, site_id: null, last_report_at: null, outbox: { pending: 0, dead: 0 } });
    for (const route of ['/retainer/v1/send-report', '/retainer/v1/flush']) {
      const res = await rest('POST', route);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('NOT_CONNECTED');
    }
    expect((await agentTables()).outbox).toEqual([]);
    expect(Object.keys(await storedOptions()).filter((o) => o !== 'retainer_agent_db_version')).toEqual([]);
    const scheduled = await wpEvalJson(`echo wp_json_encode( array( wp_next_scheduled( 'retainer_agent_report' ), wp_next_scheduled( 'retainer_agent_flush' ) ) );`);
    expect(scheduled).toEqual([false, false]);
  });

  it('admin routes need a user who can manage options', async () => {
    const res = await rest('GET', '/retainer/v1/status', undefined, { anonymous: true });
    expect(res.status).toBe(401);
    const post = await rest('POST', '/retainer/v1/connect', { hub_url: hub.url, enrollment_code: 'ABCD-1234' }, { anonymous: true });
    expect(post.status).toBe(401);
    expect(hub.requests).toHaveLength(0);
  });

  it('refuses a plain-http hub that is not on loopback (INSECURE_HUB_URL) and a non-http URL', async () => {
    const insecure = await rest('POST', '/retainer/v1/connect', { hub_url: 'http://hub.example.com', enrollment_code: 'ABCD-1234' });
    expect(insecure.status).toBe(400);
    expect(insecure.body.code).toBe('INSECURE_HUB_URL');
    expect(insecure.body.message).toMatch(/https/);
    const ftp = await rest('POST', '/retainer/v1/connect', { hub_url: 'ftp://hub.example.com', enrollment_code: 'ABCD-1234' });
    expect(ftp.status).toBe(400);
    expect(ftp.body.code).toBe('VALIDATION_FAILED');
    expect(await storedOptions()).not.toHaveProperty('retainer_agent_secret_key');
  });

  it('says when the hub cannot be reached (HUB_UNREACHABLE)', async () => {
    const res = await rest('POST', '/retainer/v1/connect', { hub_url: `http://127.0.0.1:${await closedPort()}`, enrollment_code: 'ABCD-1234' });
    expect(res.status).toBe(502);
    expect(res.body.code).toBe('HUB_UNREACHABLE');
    expect(res.body.message).toContain('127.0.0.1');
  });

  it.each([
    [400, 'ENROLLMENT_CODE_INVALID', 400, /does not recognise/],
    [400, 'ENROLLMENT_CODE_EXPIRED', 400, /expired/],
    [409, 'ENROLLMENT_CODE_USED', 409, /already been used/],
    [400, 'VALIDATION_FAILED', 400, /public_key is wrong/],
    [500, 'INTERNAL_ERROR', 502, /unexpected error/],
  ])('maps the hub answer %i %s to a clear message', async (hubStatus, code, status, message) => {
    hub.handler = () => ({ status: hubStatus, body: { error: { code, message: 'public_key is wrong' } } });
    const res = await rest('POST', '/retainer/v1/connect', { hub_url: hub.url, enrollment_code: 'ABCD-1234' });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toMatch(message);
    expect(hub.requests.map((r) => r.path)).toEqual(['/agent/v1/enroll']);
    expect((await rest('GET', '/retainer/v1/status')).body.connected).toBe(false);
  });

  it('refuses an enrollment answer that is not an EnrollResponse', async () => {
    hub.handler = () => ({ status: 201, body: { site_id: 'nope', hub_public_key: 'short', report_interval_s: 5 } });
    const res = await rest('POST', '/retainer/v1/connect', { hub_url: hub.url, enrollment_code: 'ABCD-1234' });
    expect(res.status).toBe(502);
    expect(res.body.code).toBe('HUB_RESPONSE_INVALID');
    expect((await rest('GET', '/retainer/v1/status')).body.connected).toBe(false);
  });

  const siteId = randomUUID();

  it('connects: enrolls with a fresh sodium key, stores the secret unautoloaded, schedules, sends the first report signed', async () => {
    hub.handler = (req) => {
      if (req.path.endsWith('/agent/v1/enroll')) {
        hub.agentPublicKey = req.json.public_key;
        return { status: 201, body: { site_id: siteId, hub_public_key: hubKey.publicKey, report_interval_s: 1800 } };
      }
      return { status: 200, body: { report_id: req.json.report_id, status: 'stored', commands: [] } };
    };
    // A hub below a path prefix, typed with a trailing slash.
    const res = await rest('POST', '/retainer/v1/connect', { hub_url: `${hub.url}/retainer-hub/`, enrollment_code: ' ABCD-1234 ' });
    expect(res.status).toBe(200);
    expect(res.body.status).toMatchObject({ connected: true, hub_url: `${hub.url}/retainer-hub`, site_id: siteId, insecure_hub: true, last_error: null });
    expect(res.body.warning).toMatch(/http/);
    expect(res.body.first_report).toMatchObject({ delivered: true, error: null });

    const [enroll, report] = hub.requests;
    expect(hub.requests).toHaveLength(2);
    expect(enroll!.path).toBe('/retainer-hub/agent/v1/enroll');
    expectValid(validateEnroll, enroll!.json);
    expect(enroll!.json).toMatchObject({ enrollment_code: 'ABCD-1234', agent_version: '0.1.0', php_version: expect.stringMatching(/^\d+\.\d+/) });
    expect(Buffer.from(enroll!.json.public_key, 'base64')).toHaveLength(32);
    expect(report!.path).toBe('/retainer-hub/agent/v1/reports');
    expect(report!.json.trigger).toBe('connect');
    expect(report!.json.report_id).toBe(res.body.first_report.report_id);
    expect(report!.signatureValid).toBe(true);
    expect(report!.headers['x-retainer-site']).toBe(siteId);

    const options = await storedOptions();
    expect(options.retainer_agent_secret_key).toBe('off');
    expect(options.retainer_agent_state).toBe('off');
    expect(options.retainer_agent_connection).toBe('on');
    const events = await wpEvalJson<any>(`echo wp_json_encode( array( wp_get_scheduled_event( 'retainer_agent_report' ), wp_get_scheduled_event( 'retainer_agent_flush' ) ) );`);
    expect(events[0]).toMatchObject({ interval: 1800 });
    expect(events[1]).toMatchObject({ interval: 300 });
  });

  it('connecting again with a refused code keeps the current connection as it was', async () => {
    const before = await rest('GET', '/retainer/v1/status');
    const secret = await wpEvalJson(`echo wp_json_encode( get_option( 'retainer_agent_secret_key' ) );`);
    hub.handler = () => ({ status: 409, body: { error: { code: 'ENROLLMENT_CODE_USED', message: 'used' } } });
    const res = await rest('POST', '/retainer/v1/connect', { hub_url: hub.url, enrollment_code: 'ABCD-1234' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ENROLLMENT_CODE_USED');
    const after = await rest('GET', '/retainer/v1/status');
    expect(after.body).toMatchObject({ connected: true, site_id: siteId, hub_url: before.body.hub_url, connected_at: before.body.connected_at });
    expect(await wpEvalJson(`echo wp_json_encode( get_option( 'retainer_agent_secret_key' ) );`)).toBe(secret);
  });

  it('connecting again with a valid code replaces the connection (new key, new site id)', async () => {
    const secret = await wpEvalJson(`echo wp_json_encode( get_option( 'retainer_agent_secret_key' ) );`);
    const newSiteId = randomUUID();
    hub.handler = (req) => {
      if (req.path.endsWith('/agent/v1/enroll')) {
        hub.agentPublicKey = req.json.public_key;
        return { status: 201, body: { site_id: newSiteId, hub_public_key: hubKey.publicKey, report_interval_s: 3600 } };
      }
      return { status: 200, body: { report_id: req.json.report_id, status: 'stored', commands: [] } };
    };
    const res = await rest('POST', '/retainer/v1/connect', { hub_url: hub.url, enrollment_code: 'WXYZ-9876' });
    expect(res.status).toBe(200);
    expect(res.body.status).toMatchObject({ connected: true, site_id: newSiteId, hub_url: hub.url });
    expect(res.body.first_report.delivered).toBe(true);
    expect(hub.requests.at(-1)!.signatureValid).toBe(true); // signed with the new key
    expect(await wpEvalJson(`echo wp_json_encode( get_option( 'retainer_agent_secret_key' ) );`)).not.toBe(secret);
    const events = await wpEvalJson<any>(`echo wp_json_encode( wp_get_scheduled_event( 'retainer_agent_report' ) );`);
    expect(events).toMatchObject({ interval: 3600 });
  });

  it('disconnect forgets the keys, site id and hub key, clears the outbox and the schedules', async () => {
    hub.handler = () => ({ status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } } });
    await rest('POST', '/retainer/v1/send-report');
    expect((await agentTables()).outbox).toHaveLength(1);

    const res = await rest('POST', '/retainer/v1/disconnect');
    expect(res.status).toBe(200);
    expect(res.body.status).toMatchObject({ connected: false, hub_url: null, site_id: null, outbox: { pending: 0, dead: 0 } });
    const options = await storedOptions();
    for (const gone of ['retainer_agent_secret_key', 'retainer_agent_connection', 'retainer_agent_state']) {
      expect(options).not.toHaveProperty(gone);
    }
    expect((await agentTables()).outbox).toEqual([]);
    const scheduled = await wpEvalJson(`echo wp_json_encode( array( wp_next_scheduled( 'retainer_agent_report' ), wp_next_scheduled( 'retainer_agent_flush' ) ) );`);
    expect(scheduled).toEqual([false, false]);
  });
});
