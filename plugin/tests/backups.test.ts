import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { generateKeyPair } from '@retainer/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetAgent, storeConnection } from './support/agent';
import { applyFixture, DAY, installStubs, iso, removeStubs, type FixtureName } from './support/backup-fixtures';
import { FakeHub } from './support/fake-hub';
import { expectValid, fixture, schema } from './support/schemas';
import { rest, site, wpEval, wpEvalJson } from './support/wp';

const validateReport = schema('status-report');
const hub = new FakeHub();
const now = Math.floor(Date.now() / 1000);

/** Everything PHP wrote to the debug log since `from` (WP_DEBUG is on in the test site). */
const debugLogSince = (from: number): string => {
  const file = site().WP_DEBUG_LOG;
  return readFileSync(file, 'utf8').slice(from);
};
const debugLogSize = (): number => statSync(site().WP_DEBUG_LOG).size;

/** A report built and sent by the plugin's real classes (REST "send now" → outbox → hub). */
async function sendReport(): Promise<any> {
  const before = hub.requests.length;
  const res = await rest('POST', '/retainer/v1/send-report');
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ delivered: true, error: null });
  expect(hub.requests).toHaveLength(before + 1);
  const report = hub.requests.at(-1)!.json;
  expectValid(validateReport, report);
  return report;
}

/** Applies a fixture and returns the report's backups section. */
async function backupsFor(name: FixtureName): Promise<{ sources: any[]; records: any[]; raw: string }> {
  await applyFixture(name, now);
  const report = await sendReport();
  return { ...report.backups, raw: hub.requests.at(-1)!.body };
}

const source = (b: { sources: any[] }, name: string) => b.sources.find((s) => s.source === name);

const S3_UPDRAFT = { kind: 's3', label: 'Amazon S3', bucket: 'bakery-backups', prefix: 'updraft/' };

describe('backups section of the report, per backup plugin (real WordPress)', () => {
  let logStart = 0;

  beforeAll(async () => {
    await resetAgent();
    installStubs();
    await hub.start();
    const conn = await storeConnection({ hubUrl: hub.url, hubPublicKey: generateKeyPair().publicKey, siteId: randomUUID() });
    hub.agentPublicKey = conn.agentPublicKey;
    hub.handler = (req) => ({ status: 200, body: { report_id: req.json.report_id, status: 'stored', commands: [] } });
    logStart = debugLogSize();
  });
  afterAll(async () => {
    await removeStubs();
    await resetAgent();
    await hub.stop();
  });

  it('the protocol fixture with backups validates (the validator knows the section)', () => {
    expect(validateReport(fixture('status-report.valid-with-backups.json'))).toBe(true);
  });

  it('no-backup-plugin: every known source is listed as not detected, no records (leftover data of an inactive plugin is ignored)', async () => {
    const b = await backupsFor('no-backup-plugin');
    expect(b.sources).toEqual([
      { source: 'updraftplus', detected: false, status: 'ok', reason: null },
      { source: 'backwpup', detected: false, status: 'ok', reason: null },
      { source: 'wpvivid', detected: false, status: 'ok', reason: null },
    ]);
    expect(b.records).toEqual([]);
  });

  it('updraftplus-offsite-ok: last run uploaded per UpdraftPlus, older runs only configured, >60 days left out, newest first', async () => {
    const b = await backupsFor('updraftplus-offsite-ok');
    expect(source(b, 'updraftplus')).toEqual({ source: 'updraftplus', detected: true, status: 'ok', reason: null });
    expect(b.records).toEqual([
      {
        source: 'updraftplus',
        id: String(now - DAY),
        started_at: iso(now - DAY),
        finished_at: null,
        ok: true,
        size_bytes: 12473791 + 24292194 + 600000232 + 144 + 318600,
        parts: ['plugins', 'themes', 'uploads', 'others', 'db'],
        destinations: [S3_UPDRAFT],
        offsite: true,
        evidence: 'uploaded-per-log',
      },
      {
        source: 'updraftplus',
        id: String(now - 2 * DAY),
        started_at: iso(now - 2 * DAY),
        finished_at: null,
        ok: true,
        size_bytes: 12473791 + 24292194 + 600000000 + 144 + 318498,
        parts: ['plugins', 'themes', 'uploads', 'others', 'db'],
        destinations: [S3_UPDRAFT],
        offsite: true,
        evidence: 'destination-configured',
      },
    ]);
    // Credentials stored next to the bucket never travel.
    expect(b.raw).not.toContain('AKIAEXAMPLEKEY');
    expect(b.raw).not.toContain('example-secret-key');
  });

  it('updraftplus-local-only: service "none" → local destination, not offsite, no evidence', async () => {
    const b = await backupsFor('updraftplus-local-only');
    expect(b.records).toEqual([
      expect.objectContaining({
        id: String(now - 3 * DAY),
        ok: true,
        size_bytes: 15000,
        destinations: [{ kind: 'local', label: 'UpdraftPlus (this server)' }],
        offsite: false,
        evidence: 'none',
      }),
    ]);
  });

  it('updraftplus-failed: the last run reported errors → ok false, offsite only as configured', async () => {
    const b = await backupsFor('updraftplus-failed');
    expect(b.records).toEqual([
      {
        source: 'updraftplus',
        id: String(now - 5 * 3600),
        started_at: iso(now - 5 * 3600),
        finished_at: null,
        ok: false,
        size_bytes: 318498,
        parts: ['db'],
        destinations: [{ kind: 'gdrive', label: 'Google Drive' }],
        offsite: true,
        evidence: 'destination-configured',
        notes: 'UpdraftPlus reported 1 error(s) for this backup.',
      },
    ]);
  });

  it('updraftplus-failed-no-archives: a run that died before storing anything is still reported, as failed', async () => {
    const b = await backupsFor('updraftplus-failed-no-archives');
    const generic = { kind: 's3-compatible', label: 'S3-Compatible (Generic)', bucket: 'bakery', endpoint: 's3.eu-central-003.backblazeb2.com' };
    expect(b.records).toEqual([
      {
        source: 'updraftplus',
        id: String(now - 2 * 3600),
        started_at: iso(now - 2 * 3600),
        finished_at: null,
        ok: false,
        size_bytes: null,
        parts: [],
        destinations: [generic],
        offsite: true,
        evidence: 'destination-configured',
        notes: 'UpdraftPlus reported 2 error(s) for this backup.',
      },
      expect.objectContaining({ id: String(now - 9 * DAY), ok: true, size_bytes: 15, destinations: [generic], evidence: 'destination-configured' }),
    ]);
    expect(b.raw).not.toContain('example-secret-key');
  });

  it('updraftplus-and-wpvivid: records of both sources are merged, newest first', async () => {
    const b = await backupsFor('updraftplus-and-wpvivid');
    expect(b.records.map((r: any) => [r.source, r.id])).toEqual([
      ['wpvivid', 'wpvivid-aaa'],
      ['updraftplus', String(now - 2 * DAY)],
      ['wpvivid', 'wpvivid-bbb'],
      ['updraftplus', String(now - 4 * DAY)],
    ]);
    expect(b.records[0].destinations).toEqual([{ kind: 'sftp', label: 'NAS', path: '/backups' }]);
    expect(b.records[1].destinations).toEqual([{ kind: 'dropbox', label: 'Dropbox' }]);
    expect(b.sources.map((s: any) => [s.source, s.detected])).toEqual([
      ['updraftplus', true],
      ['backwpup', false],
      ['wpvivid', true],
    ]);
  });

  it('updraftplus-corrupted-option: source status unknown with a reason, the report still goes out, no PHP warning', async () => {
    const logBefore = debugLogSize();
    const b = await backupsFor('updraftplus-corrupted-option');
    expect(source(b, 'updraftplus')).toMatchObject({ detected: true, status: 'unknown' });
    expect(source(b, 'updraftplus').reason).toContain('updraft_backup_history');
    expect(source(b, 'backwpup')).toMatchObject({ detected: false, status: 'ok' });
    expect(b.records).toEqual([]);
    expect(debugLogSince(logBefore)).toBe('');
  });

  it('values of the wrong type inside the options are skipped without a notice', async () => {
    const logBefore = debugLogSize();
    await applyFixture('no-backup-plugin', now);
    await wpEval(`
      activate_plugin( 'updraftplus/updraftplus.php' ); activate_plugin( 'backwpup/backwpup.php' ); activate_plugin( 'wpvivid-backuprestore/wpvivid-backuprestore.php' );
      update_option( 'updraft_backup_history', array( 'not-a-time' => array( 'db' => 'x.gz' ), ${now - DAY} => 'a string', ${now - 2 * DAY} => array( 'db' => array( 'x' ), 'db-size' => array( 1 ), 'service' => array( array( 's3' ), 42, 's3' ), 'nonce' => array() ) ) );
      update_option( 'updraft_last_backup', array( 'backup_time' => 'yesterday', 'success' => array(), 'errors' => 'oops' ) );
      update_site_option( 'backwpup_jobs', array( 1 => array( 'lastrun' => 'x', 'destinations' => 'S3', 'type' => 5, 'logfile' => '/nonexistent/dir/log.html' ), 2 => 'job', 3 => array( 'lastrun' => ${now - DAY}, 'destinations' => array( 'S3', 7 ), 'logfile' => '/nonexistent/log.html' ) ) );
      set_site_transient( 'backwpup_3_s3', array( 'x', array( 'filename' => array() ), array( 'filename' => 'f.zip', 'time' => 'soon', 'filesize' => -5 ) ), 60 );
      update_option( 'wpvivid_backup_list', array( 'a' => 'b', 'c' => array( 'create_time' => ${now - DAY}, 'remote' => 'yes', 'backup' => array( 'files' => array( 'x', array( 'size' => 'big' ) ) ) ) ) );
      echo 'ok';`);
    const report = await sendReport();
    expect(report.backups.sources.map((s: any) => [s.source, s.detected, s.status])).toEqual([
      ['updraftplus', true, 'ok'],
      ['backwpup', true, 'ok'],
      ['wpvivid', true, 'ok'],
    ]);
    const updraft = report.backups.records.filter((r: any) => r.source === 'updraftplus');
    expect(updraft).toEqual([expect.objectContaining({ id: String(now - 2 * DAY), parts: ['db'], size_bytes: null, destinations: [S3_UPDRAFT_NO_BUCKET] })]);
    const backwpup = report.backups.records.filter((r: any) => r.source === 'backwpup');
    expect(backwpup).toEqual([expect.objectContaining({ id: `3-${now - DAY}`, ok: false, evidence: 'destination-configured', notes: 'The BackWPup log of this run could not be read.' })]);
    expect(report.backups.records.filter((r: any) => r.source === 'wpvivid')).toEqual([expect.objectContaining({ id: 'c', size_bytes: null, offsite: false })]);
    expect(debugLogSince(logBefore)).toBe('');
  });

  it('backwpup-s3-listed: the run (local start time converted to UTC) is listed at the destination; older listed archives become records', async () => {
    const b = await backupsFor('backwpup-s3-listed');
    expect(source(b, 'backwpup')).toEqual({ source: 'backwpup', detected: true, status: 'ok', reason: null });
    const s3 = { kind: 's3', label: 'Backup to S3 Service', bucket: 'bakery-backups', prefix: 'site1/', region: 'eu-central-1' };
    const lastrunLocal = await wpEvalJson<number>(`echo wp_json_encode( get_site_option( 'backwpup_jobs' )[1]['lastrun'] );`);
    expect(lastrunLocal - (now - DAY)).toBe(3600); // Paris in November: the stored start is UTC+1
    expect(b.records).toEqual([
      {
        source: 'backwpup',
        id: `1-${lastrunLocal}`,
        started_at: iso(now - DAY),
        finished_at: iso(now - DAY + 312),
        ok: true,
        size_bytes: 734003200,
        parts: ['db', 'files', 'plugin-list'],
        destinations: [s3],
        offsite: true,
        evidence: 'listed-at-destination',
      },
      {
        source: 'backwpup',
        id: '1-backwpup_a1b2c3_week.zip',
        started_at: null,
        finished_at: iso(now - 8 * DAY),
        ok: true,
        size_bytes: 733900100,
        parts: ['db', 'files', 'plugin-list'],
        destinations: [s3],
        offsite: true,
        evidence: 'listed-at-destination',
        notes: 'Listed at the destination; BackWPup keeps no log entry for this run.',
      },
    ]);
    expect(b.raw).not.toContain('AKIAEXAMPLEKEY');
    expect(b.raw).not.toContain('example-secret-key');
    expect(b.raw).not.toContain('example-token');
  });

  it('backwpup-s3-compatible-gzipped-log: custom endpoint → s3-compatible; outcome read from a gzipped log; S3 plus a folder is offsite', async () => {
    const b = await backupsFor('backwpup-s3-compatible-gzipped-log');
    expect(b.records).toEqual([
      expect.objectContaining({
        started_at: iso(now - 12 * 3600),
        finished_at: iso(now - 12 * 3600 + 200),
        ok: true,
        size_bytes: 99999,
        destinations: [
          { kind: 's3-compatible', label: 'Backup to S3 Service', endpoint: 'https://s3.example.net', bucket: 'bakery-backups', prefix: 'site1/' },
          { kind: 'local', label: 'Backup to Folder' },
        ],
        offsite: true,
        evidence: 'uploaded-per-log',
      }),
    ]);
  });

  it('backwpup-job-failed: errors in the log header → ok false, Dropbox only configured', async () => {
    const b = await backupsFor('backwpup-job-failed');
    expect(b.records).toEqual([
      expect.objectContaining({
        started_at: iso(now - 6 * 3600),
        finished_at: iso(now - 6 * 3600 + 95),
        ok: false,
        size_bytes: 0,
        destinations: [{ kind: 'dropbox', label: 'Backup to Dropbox', path: '/bakery' }],
        offsite: true,
        evidence: 'destination-configured',
        notes: 'BackWPup logged 2 error(s) and 1 warning(s) for this run.',
      }),
    ]);
  });

  it('backwpup-folder-only: a local folder is not offsite, even when listed', async () => {
    const b = await backupsFor('backwpup-folder-only');
    expect(b.records).toEqual([
      expect.objectContaining({
        started_at: iso(now - 2 * DAY),
        ok: true,
        size_bytes: 52428800,
        destinations: [{ kind: 'local', label: 'Backup to Folder' }],
        offsite: false,
        evidence: 'none',
      }),
    ]);
  });

  it('wpvivid-remote-ok: "remote" filled → uploaded per WPvivid, S3 bucket/prefix without keys; >60 days left out', async () => {
    const b = await backupsFor('wpvivid-remote-ok');
    expect(source(b, 'wpvivid')).toEqual({ source: 'wpvivid', detected: true, status: 'ok', reason: null });
    expect(b.records).toEqual([
      {
        source: 'wpvivid',
        id: 'wpvivid-6740a1b2c3d4e',
        started_at: iso(now - 3 * DAY),
        finished_at: null,
        ok: true,
        size_bytes: 52428800,
        parts: ['db', 'files'],
        destinations: [{ kind: 's3', label: 'Bakery S3', path: 'wpvivid/site1', bucket: 'bakery-wpvivid', prefix: 'wpvivid/site1/' }],
        offsite: true,
        evidence: 'uploaded-per-log',
      },
    ]);
    expect(b.raw).not.toContain('example-secret-key');
  });

  it('wpvivid-local-only: empty "remote" → stays on this server', async () => {
    const b = await backupsFor('wpvivid-local-only');
    expect(b.records).toEqual([
      expect.objectContaining({ id: 'wpvivid-6740ffff0000', ok: true, size_bytes: 1048576, parts: ['db'], destinations: [{ kind: 'local', label: 'WPvivid (this server)' }], offsite: false, evidence: 'none' }),
    ]);
  });

  it('left the debug log clean over all fixtures (and the log does catch notices)', async () => {
    expect(debugLogSince(logStart)).toBe('');
    // The check above is only worth something if notices really land in that file.
    const probeFrom = debugLogSize();
    await wpEval(`trigger_error( 'retainer-debug-log-probe', E_USER_NOTICE ); echo 'ok';`);
    expect(debugLogSince(probeFrom)).toContain('retainer-debug-log-probe');
  });
});

const S3_UPDRAFT_NO_BUCKET = { kind: 's3', label: 'Amazon S3' };
