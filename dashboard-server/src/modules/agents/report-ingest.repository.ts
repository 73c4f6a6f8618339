import { createHash } from 'node:crypto';
import type { Command, StatusReport } from '@retainer/protocol';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { versionSortKey } from '../../lib/versions.js';

export interface IngestItem {
  siteId: string;
  publicKey: string;
  nonce: string;
  report: StatusReport;
  sizeBytes: number;
}

export interface IngestResult {
  /** False when the site was revoked or re-keyed after the signature check: nothing was written. */
  siteAccepted: boolean;
  nonceAccepted: boolean;
  stored: boolean;
  commands: Command[];
}

export function countUpdates(report: StatusReport) {
  const core = report.core.update_version ? 1 : 0;
  const plugins = report.plugins.filter((p) => p.update_version).length;
  const themes = report.themes.filter((t) => t.update_version).length;
  const translations = report.translations.length;
  return { core, plugins, themes, translations, total: core + plugins + themes + translations };
}

interface Pending {
  item: IngestItem;
  resolve(r: IngestResult): void;
  reject(e: unknown): void;
}

interface CommandRow {
  id: string;
  site_id: string;
  type: string;
  args: Record<string, unknown>;
  created_at: string;
  expires_at: string;
}

/*
 * One statement stores a whole batch of reports: consume each nonce, add each report to the ledger
 * (once per report_id), move the fleet summary and the inventory forward when the report is the site's
 * newest, and hand out each site's open commands. Per report the outcome is exactly that of storing it
 * alone; a batch never holds two reports of one site, so rows cannot collide inside a statement.
 */
const INGEST_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[], $7::text[], $8::int[],
                       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                       $15::int[], $16::int[], $17::int[], $18::int[], $19::int[], $21::text[])
    AS t(idx, site_id, public_key, nonce, report_id, generated_at, trigger, size_bytes, inventory, inventory_hash,
         wp_version, php_version, agent_version, commands_url, u_core, u_plugins, u_themes, u_translations, u_total,
         wp_version_sort)
), ok_site AS (
  -- The signature was checked against a possibly cached key: re-check here that the key is still the
  -- site's and the site still connected, so revocation and re-enrollment take effect at once.
  SELECT i.* FROM input i JOIN sites s ON s.id = i.site_id AND s.status = 'connected' AND s.public_key = i.public_key
), nonce AS (
  INSERT INTO agent_nonces (site_id, nonce, seen_at) SELECT site_id, nonce, $20 FROM ok_site
  ON CONFLICT DO NOTHING RETURNING site_id
), accepted AS (
  SELECT o.* FROM ok_site o JOIN nonce n ON n.site_id = o.site_id
), ledger AS (
  INSERT INTO reports (site_id, report_id, generated_at, received_at, trigger, size_bytes)
  SELECT site_id, report_id, generated_at, $20, trigger, size_bytes FROM accepted
  ON CONFLICT DO NOTHING RETURNING site_id
), stored AS (
  SELECT a.* FROM accepted a JOIN ledger l ON l.site_id = a.site_id
), summary AS (
  -- Only the newest report (by generated_at) moves the summary; a late older one is just recorded.
  UPDATE sites s SET wp_version = st.wp_version, wp_version_sort = st.wp_version_sort, php_version = st.php_version, agent_version = st.agent_version,
    commands_url = st.commands_url, last_report_id = st.report_id, last_report_generated_at = st.generated_at,
    last_report_at = $20, updates_core = st.u_core, updates_plugins = st.u_plugins, updates_themes = st.u_themes,
    updates_translations = st.u_translations, updates_total = st.u_total
  FROM stored st
  WHERE s.id = st.site_id AND (s.last_report_generated_at IS NULL OR s.last_report_generated_at <= st.generated_at)
  RETURNING s.id
), inv AS (
  INSERT INTO site_inventory (site_id, inventory_hash, report_id, generated_at, received_at, inventory)
  SELECT st.site_id, st.inventory_hash, st.report_id, st.generated_at, $20, st.inventory::jsonb
  FROM stored st JOIN summary su ON su.id = st.site_id
  -- Unchanged content (the common case) is skipped, and the jsonb parse with it.
  WHERE NOT EXISTS (SELECT 1 FROM site_inventory x WHERE x.site_id = st.site_id AND x.inventory_hash = st.inventory_hash)
  ON CONFLICT (site_id) DO UPDATE SET inventory_hash = EXCLUDED.inventory_hash, report_id = EXCLUDED.report_id,
    generated_at = EXCLUDED.generated_at, received_at = EXCLUDED.received_at, inventory = EXCLUDED.inventory
  RETURNING site_id
), cmds AS (
  UPDATE commands c SET status = 'sent', sent_at = COALESCE(c.sent_at, $20), delivery_attempts = c.delivery_attempts + 1
  FROM accepted a
  WHERE c.site_id = a.site_id AND c.status IN ('pending', 'sent') AND c.expires_at > $20
  RETURNING c.id, c.site_id, c.type, c.args, c.created_at, c.expires_at
)
SELECT i.idx,
  EXISTS (SELECT 1 FROM ok_site o WHERE o.site_id = i.site_id) AS site_ok,
  EXISTS (SELECT 1 FROM nonce n WHERE n.site_id = i.site_id) AS nonce_ok,
  EXISTS (SELECT 1 FROM ledger l WHERE l.site_id = i.site_id) AS stored,
  (SELECT coalesce(json_agg(c ORDER BY c.created_at), '[]'::json) FROM cmds c WHERE c.site_id = i.site_id) AS commands
FROM input i`;

const iso = (d: string | Date) => new Date(d).toISOString();

/**
 * Collects reports arriving at the same moment and stores them together. At low load every report
 * goes out alone at once; while `maxInFlight` batches are running, new reports queue and leave
 * together in the next one. Batching amortises the statement, the round trip and the commit, which
 * dominate the cost of a report on PostgreSQL.
 */
export function createReportBatcher(deps: { db: Database; clock: Clock; maxBatch?: number; maxInFlight?: number }) {
  const maxBatch = deps.maxBatch ?? 100;
  const maxInFlight = deps.maxInFlight ?? 2;
  let queue: Pending[] = [];
  let inFlight = 0;

  async function run(batch: Pending[]): Promise<void> {
    // Column arrays for unnest(): measured cheaper for PostgreSQL than one json document per batch.
    const cols: unknown[][] = Array.from({ length: 20 }, () => []);
    batch.forEach(({ item }, idx) => {
      const r = item.report;
      const inventory = JSON.stringify({ core: r.core, environment: r.environment, plugins: r.plugins, themes: r.themes, translations: r.translations, health: r.health });
      const u = countUpdates(r);
      const row = [idx, item.siteId, item.publicKey, item.nonce, r.report_id, r.generated_at, r.trigger, item.sizeBytes, inventory, createHash('sha256').update(inventory).digest('hex'),
        r.core.version, r.environment.php_version, r.agent_version, r.environment.commands_url, u.core, u.plugins, u.themes, u.translations, u.total, versionSortKey(r.core.version)];
      row.forEach((v, c) => cols[c]!.push(v));
    });
    try {
      const res = await deps.db.query<{ idx: number; site_ok: boolean; nonce_ok: boolean; stored: boolean; commands: CommandRow[] }>(INGEST_SQL, [...cols.slice(0, 19), deps.clock.now(), cols[19]], {
        name: 'agents.ingest_reports.v2',
      });
      const byIdx = new Map(res.rows.map((r) => [r.idx, r]));
      batch.forEach((p, idx) => {
        const row = byIdx.get(idx);
        if (!row) return p.reject(new Error('ingest statement returned no row for a report'));
        p.resolve({
          siteAccepted: row.site_ok,
          nonceAccepted: row.nonce_ok,
          stored: row.stored,
          commands: row.commands.map((c) => ({ command_id: c.id, site_id: c.site_id, type: c.type, args: c.args, issued_at: iso(c.created_at), expires_at: iso(c.expires_at) })),
        });
      });
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  function pump(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch: Pending[] = [];
      const rest: Pending[] = [];
      const sites = new Set<string>();
      for (const p of queue) {
        // A second report of the same site waits for the next batch (see INGEST_SQL).
        if (batch.length < maxBatch && !sites.has(p.item.siteId)) {
          sites.add(p.item.siteId);
          batch.push(p);
        } else rest.push(p);
      }
      queue = rest;
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    ingest(item: IngestItem): Promise<IngestResult> {
      return new Promise<IngestResult>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        pump();
      });
    },
  };
}
