import { createHash } from 'node:crypto';
import type { Command, StatusReport } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';

export interface IngestResult {
  /** False when the site was revoked or re-keyed after the signature check: nothing was written. */
  siteAccepted: boolean;
  nonceAccepted: boolean;
  stored: boolean;
  commands: Command[];
}

interface CommandRow {
  id: string;
  site_id: string;
  type: string;
  args: Record<string, unknown>;
  created_at: string | Date;
  expires_at: string | Date;
}

const iso = (d: string | Date) => new Date(d).toISOString();

export interface AgentsRepository {
  /**
   * Stores one signed report in a single statement: consume the nonce, add the report to the ledger
   * (once per report_id), replace the inventory when this report is the newest, refresh the fleet
   * summary, and hand out the site's open commands. When the nonce was seen before, nothing changes.
   */
  ingestReport(r: { siteId: string; publicKey: string; nonce: string; now: Date; report: StatusReport; sizeBytes: number }): Promise<IngestResult>;
  /** Consumes a nonce on its own (for signed requests that store nothing else in the same statement). */
  consumeNonce(siteId: string, nonce: string, now: Date): Promise<boolean>;
  pruneNonces(olderThan: Date): Promise<number>;
}

export function countUpdates(report: StatusReport) {
  const core = report.core.update_version ? 1 : 0;
  const plugins = report.plugins.filter((p) => p.update_version).length;
  const themes = report.themes.filter((t) => t.update_version).length;
  const translations = report.translations.length;
  return { core, plugins, themes, translations, total: core + plugins + themes + translations };
}

export function createAgentsRepository(db: Queryable): AgentsRepository {
  return {
    async ingestReport({ siteId, publicKey, nonce, now, report, sizeBytes }) {
      const u = countUpdates(report);
      const { report_id, generated_at, trigger, core, environment, plugins, themes, translations, health } = report;
      const inventory = JSON.stringify({ core, environment, plugins, themes, translations, health });
      const res = await db.query<{ site_ok: number; nonce_ok: number; stored: number; commands: CommandRow[] }>(
        `WITH site AS (
           -- The signature was checked against a cached key: the statement itself re-checks that this key
           -- is still the site's and the site is still connected, so a revocation takes effect at once.
           SELECT id FROM sites WHERE id = $1 AND status = 'connected' AND public_key = $18
         ), nonce AS (
           INSERT INTO agent_nonces (site_id, nonce, seen_at) SELECT id, $2, $3 FROM site
           ON CONFLICT DO NOTHING RETURNING site_id
         ), ledger AS (
           INSERT INTO reports (site_id, report_id, generated_at, received_at, trigger, size_bytes)
           SELECT $1, $4, $5, $3, $6, $7 FROM nonce
           ON CONFLICT DO NOTHING RETURNING report_id
         ), summary AS (
           -- Only the newest report (by generated_at) moves the summary; a late older one is just recorded.
           UPDATE sites SET wp_version = $9, php_version = $10, agent_version = $11, commands_url = $12,
             last_report_id = $4, last_report_generated_at = $5, last_report_at = $3,
             updates_core = $13, updates_plugins = $14, updates_themes = $15, updates_translations = $16, updates_total = $17
           FROM ledger WHERE sites.id = $1 AND (sites.last_report_generated_at IS NULL OR sites.last_report_generated_at <= $5)
           RETURNING sites.id
         ), inv AS (
           INSERT INTO site_inventory (site_id, inventory_hash, report_id, generated_at, received_at, inventory)
           SELECT $1, $19, $4, $5, $3, $8::jsonb FROM summary
           ON CONFLICT (site_id) DO UPDATE SET inventory_hash = EXCLUDED.inventory_hash, report_id = EXCLUDED.report_id,
             generated_at = EXCLUDED.generated_at, received_at = EXCLUDED.received_at, inventory = EXCLUDED.inventory
           WHERE site_inventory.inventory_hash <> EXCLUDED.inventory_hash
           RETURNING site_id
         ), cmds AS (
           UPDATE commands SET status = 'sent', sent_at = COALESCE(sent_at, $3), delivery_attempts = delivery_attempts + 1
           WHERE site_id = $1 AND status IN ('pending', 'sent') AND expires_at > $3 AND EXISTS (SELECT 1 FROM nonce)
           RETURNING id, site_id, type, args, created_at, expires_at
         )
         SELECT (SELECT count(*)::int FROM site) AS site_ok,
                (SELECT count(*)::int FROM nonce) AS nonce_ok,
                (SELECT count(*)::int FROM ledger) AS stored,
                (SELECT count(*)::int FROM inv) AS inventory_changed,
                (SELECT coalesce(json_agg(cmds ORDER BY created_at), '[]'::json) FROM cmds) AS commands`,
        [siteId, nonce, now, report_id, generated_at, trigger, sizeBytes, inventory, core.version, environment.php_version, report.agent_version, environment.commands_url, u.core, u.plugins, u.themes, u.translations, u.total, publicKey, createHash('sha256').update(inventory).digest('hex')],
      );
      const row = res.rows[0]!;
      return {
        siteAccepted: row.site_ok === 1,
        nonceAccepted: row.nonce_ok === 1,
        stored: row.stored === 1,
        commands: row.commands.map((c) => ({ command_id: c.id, site_id: c.site_id, type: c.type, args: c.args, issued_at: iso(c.created_at), expires_at: iso(c.expires_at) })),
      };
    },
    async consumeNonce(siteId, nonce, now) {
      const r = await db.query('INSERT INTO agent_nonces (site_id, nonce, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [siteId, nonce, now]);
      return r.rowCount === 1;
    },
    async pruneNonces(olderThan) {
      const r = await db.query('DELETE FROM agent_nonces WHERE seen_at < $1', [olderThan]);
      return r.rowCount;
    },
  };
}
