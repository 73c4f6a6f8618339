import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { BackupRecord, StatusReport } from '@retainer/protocol';
// The local S3-compatible server: s3rver installs from npm (no Docker, no system package, nothing to
// download at test time), runs in-process on a random port, keeps objects in a temporary folder, and
// answers the SigV4-signed, path-style ListObjectsV2 requests that AWS SDK v3 sends, i.e. the exact
// calls the hub makes in production.
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createBackupStorageService } from '../src/modules/backups/backup-storage.service.js';
import { createBackupsService } from '../src/modules/backups/backups.service.js';
import { fixture, makeReport, type SimulatedAgent } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';

const DAY = 86_400_000;
const BUCKET = 'bakery-backups';
const SECRET_KEY = randomBytes(32);
const base = fixture<StatusReport>('status-report.valid-with-backups.json').backups!;

describe('backups: offsite verification against a local S3-compatible server', () => {
  let hub: TestHub;
  let server: S3rver;
  let dir: string;
  let endpoint: string;
  let s3: S3Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'retainer-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED' });
    // The hub's clock starts at real time: s3rver stamps objects with the real upload time.
    hub = await buildTestHub({ config: { secretKey: SECRET_KEY } });
  });
  afterAll(async () => {
    s3?.destroy();
    await server?.close();
    await hub?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const upload = (key: string, bytes: number) => s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: Buffer.alloc(bytes, 1) }));
  /** What UpdraftPlus claims: a backup to this bucket/prefix finished now, of this size. */
  const claim = (prefix: string, sizeBytes: number): BackupRecord => {
    const now = hub.clock.now().getTime();
    return { ...base.records[0]!, id: String(now), started_at: new Date(now - 120_000).toISOString(), finished_at: new Date(now).toISOString(), size_bytes: sizeBytes, destinations: [{ kind: 's3', bucket: BUCKET, prefix }] };
  };
  const report = async (agent: SimulatedAgent, records: BackupRecord[]) => {
    const r = await hub.postReport(agent, makeReport({ generated_at: hub.clock.now().toISOString(), backups: { sources: base.sources, records } }));
    expect(r.statusCode, r.body).toBe(200);
  };
  const putStorage = async (siteId: string, prefix: string, accessKeyId = 'S3RVER') => {
    const r = await hub.app.inject({
      method: 'PUT',
      url: `/api/v1/sites/${siteId}/backup-storage`,
      headers: hub.auth,
      payload: { endpoint, region: 'us-east-1', bucket: BUCKET, prefix, access_key_id: accessKeyId, secret_access_key: 'S3RVER' },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r;
  };
  const verifyNow = async (siteId: string) => {
    const r = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${siteId}/backup-storage/verify`, headers: hub.auth });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const siteBackups = async (siteId: string) => (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${siteId}/backups`, headers: hub.auth })).json();
  const newSite = async () => {
    // Objects carry real upload times: each scenario starts with the hub's clock at real time.
    hub.clock.set(new Date());
    const agent = await hub.enrolledAgent();
    return { agent, prefix: `sites/${agent.siteId}/` };
  };

  it('present and fresh with the claimed size → ok; the secret is stored encrypted and never returned', async () => {
    const { agent, prefix } = await newSite();
    await upload(`${prefix}backup_db.gz`, 3000);
    await upload(`${prefix}backup_uploads.zip`, 7000);
    await report(agent, [claim(prefix, 10_000)]);
    const put = await putStorage(agent.siteId, prefix);
    expect(put.json()).toMatchObject({ bucket: BUCKET, prefix, endpoint, has_secret: true, force_path_style: true, last_verified_at: null });
    expect(put.json()).not.toHaveProperty('secret_access_key');
    const row = await hub.tdb.db.query<{ secret_ciphertext: string }>('SELECT secret_ciphertext FROM backup_storage WHERE site_id = $1', [agent.siteId]);
    expect(row.rows[0]!.secret_ciphertext).toMatch(/^v1\./);
    expect(row.rows[0]!.secret_ciphertext).not.toContain('S3RVER');

    expect(await verifyNow(agent.siteId)).toMatchObject({ status: 'ok', reason: null, objects: 2, newest_object_key: expect.stringMatching(/^sites\//) });
    const b = await siteBackups(agent.siteId);
    expect(b.verdict).toMatchObject({ verdict: 'ok', reasons: [] });
    expect(b.offsite_verification).toMatchObject({ bucket: BUCKET, prefix, result: { status: 'ok' } });
    expect(JSON.stringify(b)).not.toContain('S3RVER');
  });

  it('nothing at the destination → failing', async () => {
    const { agent, prefix } = await newSite();
    await report(agent, [claim(prefix, 10_000)]);
    await putStorage(agent.siteId, prefix);
    expect(await verifyNow(agent.siteId)).toMatchObject({ status: 'mismatch', reason: `no backup file found at s3://${BUCKET}/${prefix}`, objects: 0 });
    expect((await siteBackups(agent.siteId)).verdict).toMatchObject({ verdict: 'failing', reasons: [{ code: 'offsite-verification-mismatch', message: `no backup file found at s3://${BUCKET}/${prefix}` }] });
  });

  it('size differs from what the plugin claims → failing', async () => {
    const { agent, prefix } = await newSite();
    await upload(`${prefix}backup_db.gz`, 1000);
    await report(agent, [claim(prefix, 734_003_200)]);
    await putStorage(agent.siteId, prefix);
    const v = await verifyNow(agent.siteId);
    expect(v).toMatchObject({ status: 'mismatch', reason: `files of the newest backup at s3://${BUCKET}/${prefix} total 1000 bytes, the plugin reports 734003200 bytes` });
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('failing');
  });

  it('stale: fresh → ok; 31 days later the plugin claims a new backup but the newest file is 31 days old → failing', async () => {
    const { agent, prefix } = await newSite();
    await upload(`${prefix}backup_db.gz`, 10_000);
    // The S3 server stamps objects with the real time: start the hub clock there, so "31 days later"
    // is 31 days after the upload (not a few seconds less, which would read "30 days").
    hub.clock.set(new Date());
    const first = claim(prefix, 10_000);
    await report(agent, [first]);
    await putStorage(agent.siteId, prefix);
    expect((await verifyNow(agent.siteId)).status).toBe('ok');
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('ok');
    hub.clock.advance(31 * DAY);
    await report(agent, [claim(prefix, 10_000), first]);
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('ok'); // the plugin's word alone
    const v = await verifyNow(agent.siteId);
    expect(v).toMatchObject({ status: 'mismatch', reason: `newest file at s3://${BUCKET}/${prefix} is 31 days old` });
    expect((await siteBackups(agent.siteId)).verdict).toMatchObject({ verdict: 'failing', reasons: [{ message: `newest file at s3://${BUCKET}/${prefix} is 31 days old` }] });
  });

  it('the destination older than the backup the plugin claims → failing', async () => {
    const { agent, prefix } = await newSite();
    await upload(`${prefix}backup_db.gz`, 10_000);
    hub.clock.set(new Date()); // see above: object times are real
    await putStorage(agent.siteId, prefix);
    hub.clock.advance(3 * DAY);
    await report(agent, [claim(prefix, 10_000)]);
    const v = await verifyNow(agent.siteId);
    expect(v).toMatchObject({ status: 'mismatch', reason: `newest file at s3://${BUCKET}/${prefix} is 3 days old, but the plugin reports a backup 0 hours old` });
  });

  it('refused credentials → a warning that says the listing failed, not a crash', async () => {
    const { agent, prefix } = await newSite();
    await upload(`${prefix}backup_db.gz`, 10_000);
    await report(agent, [claim(prefix, 10_000)]);
    // s3rver checks the access key id but does not recompute V4 signatures, so the refusal is made
    // with an unknown key id (AWS would answer a wrong secret the same way: 403, listing failed).
    await putStorage(agent.siteId, prefix, 'NOT-A-KEY');
    const v = await verifyNow(agent.siteId);
    expect(v.status).toBe('error');
    expect(v.reason).toMatch(/^could not list s3:\/\/bakery-backups\/sites\/.*InvalidAccessKeyId/);
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('warning');
  });

  it('weekly: due destinations are listed once per week, by one process at a time', async () => {
    const cfg = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url }, { secretKey: SECRET_KEY });
    const backups = createBackupsService({ db: hub.tdb.db, clock: hub.clock, config: cfg });
    const mk = () => createBackupStorageService({ db: hub.tdb.db, clock: hub.clock, config: cfg, evaluateSite: (id) => backups.evaluateSite(id) });
    const [a, b] = [mk(), mk()];
    const configured = (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM backup_storage')).rows[0]!.n;
    // Everything above was verified (at the latest, 31 days ahead of real time): nothing is due now.
    hub.clock.set(new Date());
    expect(await a.verifyDue(100)).toBe(0);
    hub.clock.advance(31 * DAY + 7 * DAY + 60_000);
    const [x, y] = await Promise.all([a.verifyDue(100), b.verifyDue(100)]);
    expect(x + y).toBe(configured);
    expect(await a.verifyDue(100)).toBe(0);
  });

  it('unknown site → 404, nothing stored; verify without storage → 404', async () => {
    const r = await hub.app.inject({
      method: 'PUT',
      url: '/api/v1/sites/00000000-0000-4000-8000-000000000000/backup-storage',
      headers: hub.auth,
      payload: { region: 'us-east-1', bucket: BUCKET, access_key_id: 'a', secret_access_key: 'b' },
    });
    expect(r.statusCode).toBe(404);
    const { agent } = await newSite();
    const v = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${agent.siteId}/backup-storage/verify`, headers: hub.auth });
    expect(v.statusCode).toBe(404);
    expect(v.json().error.code).toBe('NOT_FOUND');
  });
});
