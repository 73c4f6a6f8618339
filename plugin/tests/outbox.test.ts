import { randomUUID } from 'node:crypto';
import { generateKeyPair } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentTables, closedPort, mysqlToUnix, resetAgent, setHubUrl, storeConnection, type StoredConnection } from './support/agent';
import { FakeHub, type HubRequest } from './support/fake-hub';
import { expectValid, schema } from './support/schemas';
import { rest, wpEval, wpEvalJson } from './support/wp';

const validateReport = schema('status-report');
const validateResult = schema('command-result');

let conn: StoredConnection;
const hub = new FakeHub();

const reportAck = (req: HubRequest, commands: unknown[] = [], status = 'stored') => ({ status: 200, body: { report_id: req.json.report_id, status, commands } });

describe('outbox while the hub is unreachable (real WordPress)', () => {
  let ids: string[] = [];

  beforeAll(async () => {
    await resetAgent();
    conn = await storeConnection({ hubUrl: `http://127.0.0.1:${await closedPort()}`, hubPublicKey: generateKeyPair().publicKey, siteId: randomUUID() });
    await hub.start();
  });
  afterAll(() => hub.stop());

  it('queues every report, keeps their order and puts the backoff on the head row only', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await rest('POST', '/retainer/v1/send-report');
      expect(res.status).toBe(200);
      expect(res.body.delivered).toBe(false);
      expect(res.body.error.code).toBe('HUB_UNREACHABLE');
      expect(res.body.error.message).not.toBe('');
      ids.push(res.body.report_id);
    }
    const t = await agentTables();
    expect(t.outbox.map((r) => r.report_id)).toEqual(ids);
    expect(t.outbox.map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    for (const row of t.outbox) {
      const report = JSON.parse(row.payload);
      expectValid(validateReport, report);
      expect(report.trigger).toBe('manual');
      expect(report.report_id).toBe(row.report_id);
    }
    // "send now" ignores the backoff, so the head row was tried three times: waits 60, 120, then 240 s
    const [head, second, third] = t.outbox;
    expect(head!.attempts).toBe(3);
    expect(head!.last_error).toContain('HUB_UNREACHABLE');
    expect(mysqlToUnix(head!.next_attempt_at) - t.now).toBeGreaterThan(240 - 10);
    expect(mysqlToUnix(head!.next_attempt_at) - t.now).toBeLessThanOrEqual(240);
    // the flush stopped at the head each time: the others were never attempted
    expect([second!.attempts, third!.attempts]).toEqual([0, 0]);

    const status = await rest('GET', '/retainer/v1/status');
    expect(status.body).toMatchObject({
      connected: true,
      site_id: conn.siteId,
      last_report_at: null,
      insecure_hub: true,
      outbox: { pending: 3, dead: 0 },
      last_error: { code: 'HUB_UNREACHABLE' },
    });
    expect(status.body.warning).toEqual(expect.any(String));
    expect(Date.parse(status.body.outbox.next_attempt_at)).toBe(mysqlToUnix(head!.next_attempt_at) * 1000);
  });

  it('the 5-minute cron flush respects the backoff (nothing is attempted before next_attempt_at)', async () => {
    const before = await agentTables();
    await wpEval(`do_action( 'retainer_agent_flush' ); echo 'ok';`);
    const after = await agentTables();
    expect(after.outbox).toEqual(before.outbox);
  });

  it('backoff is min(60 s * 2^attempts, 6 h)', async () => {
    const waits = await wpEvalJson<number[]>(`echo wp_json_encode( array_map( array( 'Retainer\\\\Agent\\\\Hub\\\\Outbox', 'backoff_seconds' ), range( 0, 10 ) ) );`);
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600, 21600]);
  });

  it('schedules the hourly report (hub interval) and the 5-minute flush while connected', async () => {
    const events = await wpEvalJson<any>(`
      echo wp_json_encode( array(
        'report' => wp_get_scheduled_event( 'retainer_agent_report' ),
        'flush' => wp_get_scheduled_event( 'retainer_agent_flush' ),
      ) );`);
    expect(events.report).toMatchObject({ schedule: 'retainer_agent_report_interval', interval: 3600 });
    expect(events.flush).toMatchObject({ schedule: 'retainer_agent_every_5_minutes', interval: 300 });
  });

  it('after WordPress finishes an upgrade, schedules one report soon', async () => {
    const next = await wpEvalJson<{ before: number | false; after: number; now: number }>(`
      require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php'; // loaded during a real upgrade
      $before = wp_next_scheduled( 'retainer_agent_upgrade_report' );
      do_action( 'upgrader_process_complete', null, array( 'action' => 'update', 'type' => 'plugin' ) );
      echo wp_json_encode( array( 'before' => $before, 'after' => wp_next_scheduled( 'retainer_agent_upgrade_report' ), 'now' => time() ) );`);
    expect(next.before).toBe(false);
    expect(next.after - next.now).toBeGreaterThan(0);
    expect(next.after - next.now).toBeLessThanOrEqual(60);
    // running it queues a report with trigger "upgrade" (the hub is still down: it stays queued)
    await wpEval(`wp_clear_scheduled_hook( 'retainer_agent_upgrade_report' ); do_action( 'retainer_agent_upgrade_report' ); echo 'ok';`);
    const t = await agentTables();
    expect(JSON.parse(t.outbox.at(-1)!.payload).trigger).toBe('upgrade');
    ids.push(t.outbox.at(-1)!.report_id);
  });

  it('when the hub is back, a flush delivers everything once, in order, signed, byte for byte', async () => {
    const payloads = (await agentTables()).outbox.map((r) => r.payload);
    hub.agentPublicKey = conn.agentPublicKey;
    hub.handler = (req) => reportAck(req);
    await setHubUrl(hub.url);

    const res = await rest('POST', '/retainer/v1/flush');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sent: ids.length, dead: 0, busy: false, error: null });
    expect(hub.requests.map((r) => r.path)).toEqual(ids.map(() => '/agent/v1/reports'));
    expect(hub.requests.map((r) => r.json.report_id)).toEqual(ids);
    expect(hub.requests.map((r) => r.body)).toEqual(payloads);
    for (const r of hub.requests) {
      expect(r.signatureValid).toBe(true);
      expect(r.headers['x-retainer-site']).toBe(conn.siteId);
      expect(r.headers['x-retainer-nonce']).toMatch(/^[0-9a-f]{32}$/);
      expect(r.headers['content-type']).toBe('application/json');
    }
    expect(new Set(hub.requests.map((r) => r.headers['x-retainer-nonce'])).size).toBe(ids.length);

    expect((await agentTables()).outbox).toEqual([]);
    const status = await rest('GET', '/retainer/v1/status');
    expect(status.body).toMatchObject({ outbox: { pending: 0, dead: 0, next_attempt_at: null }, last_error: null, last_report_id: ids.at(-1) });
    expect(Math.abs(Date.parse(status.body.last_report_at) - Date.now())).toBeLessThan(60_000);

    // acknowledged rows are gone: another flush sends nothing
    await rest('POST', '/retainer/v1/flush');
    expect(hub.requests).toHaveLength(ids.length);
  });
});

describe('delivery rules against a hub that answers (real WordPress)', () => {
  beforeAll(async () => {
    await resetAgent();
    await hub.start();
    conn = await storeConnection({ hubUrl: hub.url, hubPublicKey: generateKeyPair().publicKey, siteId: randomUUID() });
    hub.agentPublicKey = conn.agentPublicKey;
  });
  afterAll(() => hub.stop());

  it('"duplicate" is an acknowledgement too: the row is removed', async () => {
    hub.handler = (req) => reportAck(req, [], 'duplicate');
    const res = await rest('POST', '/retainer/v1/send-report');
    expect(res.body).toMatchObject({ delivered: true, error: null });
    expect((await agentTables()).outbox).toEqual([]);
  });

  it('a 4xx is final: the row is marked dead, kept visible, never retried, and does not block later reports', async () => {
    hub.requests.length = 0;
    hub.handler = () => ({ status: 401, body: { error: { code: 'SITE_REVOKED', message: 'revoked' } } });
    const refused = await rest('POST', '/retainer/v1/send-report');
    expect(refused.body).toMatchObject({ delivered: false, error: { code: 'SITE_REVOKED', hub_message: 'revoked' } });
    let t = await agentTables();
    expect(t.outbox).toHaveLength(1);
    expect(t.outbox[0]).toMatchObject({ status: 'dead', report_id: refused.body.report_id, attempts: 1 });
    expect(t.outbox[0]!.last_error).toContain('SITE_REVOKED');

    hub.handler = (req) => reportAck(req);
    await rest('POST', '/retainer/v1/flush');
    expect(hub.requests).toHaveLength(1); // the dead row was not sent again

    const next = await rest('POST', '/retainer/v1/send-report');
    expect(next.body.delivered).toBe(true);
    t = await agentTables();
    expect(t.outbox.map((r) => r.status)).toEqual(['dead']);
    const status = await rest('GET', '/retainer/v1/status');
    expect(status.body.outbox).toMatchObject({ pending: 0, dead: 1 });
  });

  it('5xx and 429 are retried with backoff; the report arrives once the hub recovers', async () => {
    await wpEval(`global $wpdb; $wpdb->query( "DELETE FROM {$wpdb->prefix}retainer_outbox" ); echo 'ok';`);
    hub.handler = () => ({ status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'maintenance' } } });
    const first = await rest('POST', '/retainer/v1/send-report');
    expect(first.body).toMatchObject({ delivered: false, error: { code: 'SERVICE_UNAVAILABLE' } });
    let t = await agentTables();
    expect(t.outbox[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(mysqlToUnix(t.outbox[0]!.next_attempt_at) - t.now).toBeGreaterThan(50);

    hub.handler = () => ({ status: 429, body: { error: { code: 'RATE_LIMITED', message: 'slow down' } } });
    await rest('POST', '/retainer/v1/flush');
    t = await agentTables();
    expect(t.outbox[0]).toMatchObject({ status: 'pending', attempts: 2 });

    hub.requests.length = 0;
    hub.handler = (req) => reportAck(req);
    const flushed = await rest('POST', '/retainer/v1/flush');
    expect(flushed.body.sent).toBe(1);
    expect(hub.requests.map((r) => r.json.report_id)).toEqual([first.body.report_id]);
    expect((await agentTables()).outbox).toEqual([]);
  });

  it('runs a command from a report answer once, sends its result signed, and re-sends (not re-runs) it when asked again', async () => {
    hub.requests.length = 0;
    const command = {
      command_id: randomUUID(),
      site_id: conn.siteId,
      type: 'sync',
      args: {},
      issued_at: new Date().toISOString(),
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    };
    let recorded = false;
    hub.handler = (req) => {
      if (req.path === '/agent/v1/command-results') {
        recorded = true;
        return { status: 200, body: { command_id: req.json.command_id, status: 'recorded' } };
      }
      // like the hub: the command rides on every answer until its result is recorded
      return reportAck(req, recorded ? [] : [command]);
    };
    const res = await rest('POST', '/retainer/v1/send-report');
    expect(res.body.delivered).toBe(true);

    const paths = hub.requests.map((r) => `${r.path} ${r.json.trigger ?? r.json.status}`);
    expect(paths).toEqual(['/agent/v1/reports manual', '/agent/v1/reports command', '/agent/v1/command-results ok']);
    expect(hub.requests.every((r) => r.signatureValid)).toBe(true);
    const result = hub.requests[2]!.json;
    const resultBody = hub.requests[2]!.body;
    expectValid(validateResult, result);
    expect(result).toMatchObject({ command_id: command.command_id, status: 'ok', output: { report_id: hub.requests[1]!.json.report_id, delivered: true } });
    expect((await agentTables()).outbox).toEqual([]);

    // The hub asks again (it lost the result): the stored result is posted again, sync does not run again.
    hub.requests.length = 0;
    recorded = false;
    await rest('POST', '/retainer/v1/send-report');
    expect(hub.requests.map((r) => `${r.path} ${r.json.trigger ?? r.json.status}`)).toEqual(['/agent/v1/reports manual', '/agent/v1/command-results ok']);
    expect(hub.requests[1]!.body).toBe(resultBody);
  });

  it('a sync in every answer does not recurse without end', async () => {
    hub.requests.length = 0;
    const syncCommand = () => ({
      command_id: randomUUID(),
      site_id: conn.siteId,
      type: 'sync',
      args: {},
      issued_at: new Date().toISOString(),
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    hub.handler = (req) =>
      req.path === '/agent/v1/command-results' ? { status: 200, body: { command_id: req.json.command_id, status: 'recorded' } } : reportAck(req, [syncCommand()]);
    const res = await rest('POST', '/retainer/v1/send-report');
    expect(res.status).toBe(200);
    const reports = hub.requests.filter((r) => r.path === '/agent/v1/reports');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.length).toBeLessThanOrEqual(4);
    // whatever is left waits for the next flush instead of looping now
    hub.handler = (req) => (req.path === '/agent/v1/command-results' ? { status: 200, body: { command_id: req.json.command_id, status: 'recorded' } } : reportAck(req));
    await rest('POST', '/retainer/v1/flush');
    await rest('POST', '/retainer/v1/flush');
    const t = await agentTables();
    expect(t.outbox).toEqual([]);
    expect(t.commands.every((c) => c.status === 'done')).toBe(true);
  });

  it('rejects an unknown command from an answer and reports why', async () => {
    hub.requests.length = 0;
    const id = randomUUID();
    let sent = false;
    hub.handler = (req) => {
      if (req.path === '/agent/v1/command-results') return { status: 200, body: { command_id: req.json.command_id, status: 'recorded' } };
      const commands = sent ? [] : [{ command_id: id, site_id: conn.siteId, type: 'frobnicate', args: {}, issued_at: new Date().toISOString(), expires_at: new Date(Date.now() + 60_000).toISOString() }];
      sent = true;
      return reportAck(req, commands);
    };
    await rest('POST', '/retainer/v1/send-report');
    const result = hub.requests.find((r) => r.path === '/agent/v1/command-results')!.json;
    expectValid(validateResult, result);
    expect(result).toMatchObject({ command_id: id, status: 'rejected', error: { code: 'COMMAND_UNKNOWN' } });
  });

  it('one flush at a time: a live lock makes a flush skip; an expired lock is broken', async () => {
    hub.requests.length = 0;
    hub.handler = (req) => reportAck(req);
    await wpEval(`global $wpdb; $wpdb->insert( $wpdb->options, array( 'option_name' => 'retainer_agent_flush_lock', 'option_value' => ( time() + 120 ) . ':other', 'autoload' => 'off' ) ); echo 'ok';`);
    const busy = await rest('POST', '/retainer/v1/send-report');
    expect(busy.body).toMatchObject({ delivered: false, error: { code: 'FLUSH_BUSY' } });
    expect(hub.requests).toHaveLength(0);
    expect((await agentTables()).outbox.map((r) => r.report_id)).toEqual([busy.body.report_id]);

    await wpEval(`global $wpdb; $wpdb->update( $wpdb->options, array( 'option_value' => ( time() - 1 ) . ':other' ), array( 'option_name' => 'retainer_agent_flush_lock' ) ); echo 'ok';`);
    const flushed = await rest('POST', '/retainer/v1/flush');
    expect(flushed.body.sent).toBe(1);
    expect(hub.requests.map((r) => r.json.report_id)).toEqual([busy.body.report_id]);
    const lock = await wpEval(`global $wpdb; echo (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name = 'retainer_agent_flush_lock'" );`);
    expect(lock).toBe('0'); // released after the flush
  });

  it('keeps at most 500 rows, dropping the oldest and saying so in the log', async () => {
    const out = await wpEvalJson<{ count: number; first: string; last: string; log: string[] }>(`
      global $wpdb;
      $clock  = new Retainer\\Agent\\Support\\SystemClock();
      $logger = new Retainer\\Agent\\Support\\Logger( $clock );
      $outbox = new Retainer\\Agent\\Hub\\Outbox( $wpdb, new Retainer\\Agent\\Storage\\Tables( $wpdb ), $clock, $logger );
      for ( $i = 1; $i <= 505; $i++ ) { $outbox->enqueue( 'report', 'r-' . $i, '{}' ); }
      $t = $wpdb->prefix . 'retainer_outbox';
      echo wp_json_encode( array(
        'count' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$t}" ),
        'first' => $wpdb->get_var( "SELECT report_id FROM {$t} ORDER BY id ASC LIMIT 1" ),
        'last'  => $wpdb->get_var( "SELECT report_id FROM {$t} ORDER BY id DESC LIMIT 1" ),
        'log'   => wp_list_pluck( $logger->recent( 50 ), 'event' ),
      ) );
      $wpdb->query( "DELETE FROM {$t}" );`);
    expect(out.count).toBe(500);
    expect(out.first).toBe('r-6');
    expect(out.last).toBe('r-505');
    expect(out.log).toContain('outbox_trimmed');
  });
});
