import { randomUUID } from 'node:crypto';
import { generateKeyPair } from '@retainer/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closedPort, resetAgent } from './support/agent';
import { FakeHub } from './support/fake-hub';
import { lookAtPreset, removePreset, runPresetEvent, writePreset } from './support/preset';
import { rest, wpEval, wpEvalJson } from './support/wp';

// Connecting from wp-config.php constants, as an agency rolls the plugin out to many sites.
const hub = new FakeHub();
const hubKey = generateKeyPair();
const preset = writePreset;
const look = lookAtPreset;
const runEvent = runPresetEvent;
const enrolls = () => hub.requests.filter((r) => r.path.endsWith('/agent/v1/enroll'));

describe('connecting from wp-config.php (RETAINER_AGENT_HUB_URL + RETAINER_AGENT_ENROLLMENT_CODE)', () => {
  const siteId = randomUUID();
  beforeAll(async () => {
    await hub.start();
  });
  beforeEach(async () => {
    removePreset();
    await resetAgent();
    hub.requests.length = 0;
    hub.handler = (req) => {
      if (req.path.endsWith('/agent/v1/enroll')) {
        hub.agentPublicKey = req.json.public_key;
        return { status: 201, body: { site_id: siteId, hub_public_key: hubKey.publicKey, report_interval_s: 3600 } };
      }
      return { status: 200, body: { report_id: req.json.report_id, status: 'stored', commands: [] } };
    };
  });
  afterAll(async () => {
    removePreset();
    await resetAgent();
    await hub.stop();
  });

  const presetStatus = async () => (await rest('GET', '/retainer/v1/status')).body.preset;

  it('does nothing without the constants', async () => {
    expect(await look()).toEqual({ scheduled: false, connected: false, state: false });
    expect(await presetStatus()).toBeNull();
  });

  it('connects through a cron event (never in the page load), once; the used code then stays in wp-config.php harmlessly', async () => {
    preset(hub.url, 'RTN-AAAA-BBBB-CCCC');
    const before = await look();
    expect(before.scheduled).toEqual(expect.any(Number));
    expect(before.connected).toBe(false);
    expect(enrolls()).toHaveLength(0); // the load that scheduled it did not call the hub
    expect(await presetStatus()).toEqual({ hub_url: hub.url, status: 'waiting', error: null, next_attempt_at: null });
    await runEvent();
    expect(enrolls().map((r) => r.json.enrollment_code)).toEqual(['RTN-AAAA-BBBB-CCCC']);
    const after = await look();
    expect(after).toMatchObject({ scheduled: false, connected: true, state: { connected_at: expect.any(Number), next_at: null } });
    const log = await wpEvalJson<Array<{ event: string }>>(`echo wp_json_encode( get_option( 'retainer_agent_log', array() ) );`);
    expect(log.map((l) => l.event)).toContain('preset_connected');
    await runEvent();
    expect(enrolls()).toHaveLength(1);

    // Disconnected by hand: the spent code in wp-config.php does not connect the site again.
    expect((await rest('POST', '/retainer/v1/disconnect')).status).toBe(200);
    expect(await look()).toMatchObject({ scheduled: false, connected: false });
    expect(await presetStatus()).toMatchObject({ status: 'used', error: null });
    await runEvent();
    expect(enrolls()).toHaveLength(1);
  });

  it('a refused code is not tried again until wp-config.php holds another one', async () => {
    hub.handler = () => ({ status: 409, body: { error: { code: 'ENROLLMENT_CODE_USED', message: 'used' } } });
    preset(hub.url, 'RTN-USED-USED-USED');
    await look();
    await runEvent();
    const refused = await look();
    expect(refused).toMatchObject({ scheduled: false, connected: false, state: { error_code: 'ENROLLMENT_CODE_USED', failures: 1, next_at: null } });
    expect(await presetStatus()).toMatchObject({ status: 'refused', error: { code: 'ENROLLMENT_CODE_USED' }, next_attempt_at: null });
    await runEvent();
    expect(enrolls()).toHaveLength(1);

    preset(hub.url, 'RTN-NEWW-CODE-HERE');
    expect((await look()).scheduled).toEqual(expect.any(Number));
  });

  it('an unreachable hub is retried after a pause that grows', async () => {
    preset(`http://127.0.0.1:${await closedPort()}`, 'RTN-AAAA-BBBB-CCCC');
    await look();
    await runEvent();
    const first = await look();
    expect(first).toMatchObject({ scheduled: false, connected: false, state: { error_code: 'HUB_UNREACHABLE', failures: 1 } });
    const state = first.state as { at: number; next_at: number };
    expect(state.next_at - state.at).toBe(300);
    expect(await presetStatus()).toMatchObject({ status: 'retrying', error: { code: 'HUB_UNREACHABLE' }, next_attempt_at: new Date(state.next_at * 1000).toISOString().replace('.000Z', 'Z') });
    // Not before the pause is over …
    await runEvent();
    expect((await look()).state).toMatchObject({ failures: 1 });
    // … then again, with twice the pause.
    await wpEval(`$s = get_option( 'retainer_agent_preset' ); $s['next_at'] = time() - 1; update_option( 'retainer_agent_preset', $s ); echo 'ok';`);
    expect((await look()).scheduled).toEqual(expect.any(Number));
    await runEvent();
    const second = (await look()).state as { at: number; next_at: number; failures: number };
    expect(second.failures).toBe(2);
    expect(second.next_at - second.at).toBe(600);
  });
});
