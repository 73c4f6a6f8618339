import { ListObjectsV2Command, S3Client, type _Object } from '@aws-sdk/client-s3';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { describeAge, type OffsiteVerification } from './backup-policy.js';
import type { PutStorage, StorageView } from './backups.schemas.js';
import { open, seal } from './secret-box.js';

const HOUR = 3_600_000;
/** The hub lists each configured destination this often (the "weekly offsite check"). */
export const VERIFY_EVERY_MS = 7 * 24 * HOUR;
/** Objects uploaded this long before the backup started or after it finished still belong to it. */
const SET_BEFORE_MS = HOUR;
const SET_AFTER_MS = 12 * HOUR;
/** Plugins report sizes before compression/encryption quirks; allow 2 % and 64 KiB of difference. */
const SIZE_TOLERANCE = 0.02;
const SIZE_SLACK = 64 * 1024;
/** Bounded listing: 20 pages of 1,000 keys. */
const MAX_PAGES = 20;

interface StorageRow {
  site_id: string;
  endpoint: string | null;
  region: string;
  bucket: string;
  prefix: string;
  force_path_style: boolean;
  access_key_id: string;
  secret_ciphertext: string;
  updated_at: Date;
  last_verified_at: Date | null;
}

export interface VerificationResult extends OffsiteVerification {
  checked_at: string;
  newest_object_at: string | null;
  newest_object_key: string | null;
  objects: number;
}

/** The agent's claim the listing is compared with: the newest successful offsite backup to S3. */
interface Claim {
  source: string;
  started_at: Date | null;
  finished_at: Date | null;
  size_bytes: string | null;
}

export type ListObjects = (row: { endpoint: string | null; region: string; bucket: string; prefix: string; forcePathStyle: boolean; accessKeyId: string; secretAccessKey: string }) => Promise<_Object[]>;

/** The real listing, with the official AWS SDK v3 (works for AWS and S3-compatible endpoints). */
export const listWithSdk: ListObjects = async (s) => {
  const client = new S3Client({
    region: s.region,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    forcePathStyle: s.forcePathStyle,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    maxAttempts: 2,
  });
  try {
    const out: _Object[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await client.send(new ListObjectsV2Command({ Bucket: s.bucket, Prefix: s.prefix || undefined, ContinuationToken: token }), { abortSignal: AbortSignal.timeout(20_000) });
      out.push(...(r.Contents ?? []));
      if (!r.IsTruncated || !r.NextContinuationToken) break;
      token = r.NextContinuationToken;
    }
    return out;
  } finally {
    client.destroy();
  }
};

const toView = (r: StorageRow): StorageView => ({
  site_id: r.site_id,
  endpoint: r.endpoint,
  region: r.region,
  bucket: r.bucket,
  prefix: r.prefix,
  force_path_style: r.force_path_style,
  access_key_id: r.access_key_id,
  has_secret: r.secret_ciphertext.length > 0,
  updated_at: r.updated_at.toISOString(),
  last_verified_at: r.last_verified_at?.toISOString() ?? null,
});

/** Compares a bucket listing with the agent's claim. Pure; exported for unit tests. */
export function compareListing(objects: readonly _Object[], claim: Claim | undefined, where: string, maxAgeMs: number, now: number): OffsiteVerification {
  const files = objects.filter((o) => o.LastModified && !o.Key?.endsWith('/'));
  if (files.length === 0) return { status: 'mismatch', reason: `no backup file found at ${where}` };
  let newest = files[0]!;
  for (const o of files) if (o.LastModified!.getTime() > newest.LastModified!.getTime()) newest = o;
  const newestAt = newest.LastModified!.getTime();
  if (now - newestAt > maxAgeMs) return { status: 'mismatch', reason: `newest file at ${where} is ${describeAge(now - newestAt)} old` };
  if (!claim) return { status: 'ok', reason: null };
  const claimEnd = (claim.finished_at ?? claim.started_at)!.getTime();
  const claimStart = (claim.started_at ?? claim.finished_at)!.getTime();
  if (newestAt < claimStart - SET_BEFORE_MS) {
    return { status: 'mismatch', reason: `newest file at ${where} is ${describeAge(now - newestAt)} old, but the plugin reports a backup ${describeAge(now - claimEnd)} old` };
  }
  if (claim.size_bytes !== null) {
    const claimed = Number(claim.size_bytes);
    const set = files.filter((o) => o.LastModified!.getTime() >= claimStart - SET_BEFORE_MS && o.LastModified!.getTime() <= claimEnd + SET_AFTER_MS);
    const found = set.reduce((n, o) => n + (o.Size ?? 0), 0);
    if (Math.abs(found - claimed) > Math.max(SIZE_SLACK, claimed * SIZE_TOLERANCE)) {
      return { status: 'mismatch', reason: `files of the newest backup at ${where} total ${found} bytes, the plugin reports ${claimed} bytes` };
    }
  }
  return { status: 'ok', reason: null };
}

export function createBackupStorageService(deps: {
  db: Database;
  clock: Clock;
  config: Pick<Config, 'secretKey' | 'backupMaxOffsiteAgeH'>;
  /** Re-evaluates the site's verdict after a verification. */
  evaluateSite: (siteId: string) => Promise<unknown>;
  listObjects?: ListObjects;
}) {
  const { db, clock, config } = deps;
  const list = deps.listObjects ?? listWithSdk;
  const COLS = 'site_id, endpoint, region, bucket, prefix, force_path_style, access_key_id, secret_ciphertext, updated_at, last_verified_at';

  async function verify(row: StorageRow): Promise<VerificationResult> {
    const now = clock.now();
    const where = `s3://${row.bucket}/${row.prefix}`;
    const claimRows = await db.query<Claim>(
      `SELECT r.source, r.started_at, r.finished_at, r.size_bytes FROM backup_records r JOIN backup_site_state st ON st.site_id = r.site_id
       WHERE r.site_id = $1 AND r.origin = 'agent' AND r.seen_report_id = st.report_id AND r.ok AND r.offsite
         AND COALESCE(r.finished_at, r.started_at) IS NOT NULL
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.destinations) d WHERE d->>'kind' IN ('s3', 's3-compatible'))
       ORDER BY COALESCE(r.finished_at, r.started_at) DESC LIMIT 1`,
      [row.site_id],
    );
    const policy = await db.query<{ h: number | null }>('SELECT max_offsite_age_h AS h FROM backup_policies WHERE site_id = $1', [row.site_id]);
    const maxAgeMs = (policy.rows[0]?.h ?? config.backupMaxOffsiteAgeH) * HOUR;
    let result: VerificationResult;
    try {
      if (!config.secretKey) throw new Error('RETAINER_SECRET_KEY is not configured on the hub');
      const secretAccessKey = open(config.secretKey, row.secret_ciphertext, row.site_id);
      const objects = await list({ endpoint: row.endpoint, region: row.region, bucket: row.bucket, prefix: row.prefix, forcePathStyle: row.force_path_style, accessKeyId: row.access_key_id, secretAccessKey });
      const files = objects.filter((o) => o.LastModified && !o.Key?.endsWith('/'));
      const newest = files.reduce<_Object | undefined>((a, o) => (!a || o.LastModified!.getTime() > a.LastModified!.getTime() ? o : a), undefined);
      result = {
        ...compareListing(objects, claimRows.rows[0], where, maxAgeMs, now.getTime()),
        checked_at: now.toISOString(),
        newest_object_at: newest?.LastModified?.toISOString() ?? null,
        newest_object_key: newest?.Key ?? null,
        objects: files.length,
      };
    } catch (err) {
      const e = err as { name?: string; message?: string };
      // The SDK's error name is the S3 code (AccessDenied, NoSuchBucket, InvalidAccessKeyId …): keep it.
      const what = `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message ?? String(err)}`;
      result = { status: 'error', reason: `could not list ${where}: ${what}`.slice(0, 500), checked_at: now.toISOString(), newest_object_at: null, newest_object_key: null, objects: 0 };
    }
    await db.query('UPDATE backup_storage SET verification = $2::jsonb, last_verified_at = $3 WHERE site_id = $1', [row.site_id, JSON.stringify(result), now]);
    await deps.evaluateSite(row.site_id);
    return result;
  }

  return {
    async put(siteId: string, body: PutStorage): Promise<StorageView> {
      if (!config.secretKey) {
        throw new AppError(ErrorCode.CONFLICT, 'RETAINER_SECRET_KEY is not configured on the hub, so credentials cannot be stored encrypted; set it (32 bytes, base64) and try again', {
          reason: 'secret-key-not-configured',
        });
      }
      const exists = await db.query('SELECT 1 FROM sites WHERE id = $1', [siteId]);
      if (exists.rowCount === 0) throw notFound('Site');
      const r = await db.query<StorageRow>(
        `INSERT INTO backup_storage (site_id, endpoint, region, bucket, prefix, force_path_style, access_key_id, secret_ciphertext, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (site_id) DO UPDATE SET endpoint = EXCLUDED.endpoint, region = EXCLUDED.region, bucket = EXCLUDED.bucket, prefix = EXCLUDED.prefix,
           force_path_style = EXCLUDED.force_path_style, access_key_id = EXCLUDED.access_key_id, secret_ciphertext = EXCLUDED.secret_ciphertext,
           updated_at = EXCLUDED.updated_at, last_verified_at = NULL, verification = NULL
         RETURNING ${COLS}`,
        [siteId, body.endpoint ?? null, body.region, body.bucket, body.prefix ?? '', body.force_path_style ?? Boolean(body.endpoint), body.access_key_id, seal(config.secretKey, body.secret_access_key, siteId), clock.now()],
      );
      return toView(r.rows[0]!);
    },

    /** Lists the site's destination now and re-evaluates its verdict. */
    async verifySite(siteId: string): Promise<VerificationResult> {
      const r = await db.query<StorageRow>(`SELECT ${COLS} FROM backup_storage WHERE site_id = $1`, [siteId]);
      if (!r.rows[0]) throw notFound('Backup storage');
      return verify(r.rows[0]);
    },

    /**
     * Verifies destinations not checked for a week. Each row is claimed by moving last_verified_at
     * forward under SKIP LOCKED, so N hub processes share the work and never list one bucket twice.
     */
    async verifyDue(limit = 20): Promise<number> {
      const now = clock.now();
      const claimed = await db.query<StorageRow>(
        `UPDATE backup_storage SET last_verified_at = $1 WHERE site_id IN (
           SELECT site_id FROM backup_storage WHERE last_verified_at IS NULL OR last_verified_at <= $2 ORDER BY last_verified_at NULLS FIRST LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING ${COLS}`,
        [now, new Date(now.getTime() - VERIFY_EVERY_MS), limit],
      );
      for (const row of claimed.rows) await verify(row);
      return claimed.rowCount;
    },
  };
}
export type BackupStorageService = ReturnType<typeof createBackupStorageService>;
