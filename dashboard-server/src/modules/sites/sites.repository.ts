import type { Queryable } from '../../db/index.js';
import { whereBuilder } from '../../lib/sql-where.js';
import type { Inventory, ListSitesQuery, SiteHealth, SiteStatus, SiteSummary } from './sites.schemas.js';

interface SiteRow {
  id: string;
  client_id: string;
  client_name: string;
  label: string;
  url: string;
  status: SiteStatus;
  wp_version: string | null;
  php_version: string | null;
  agent_version: string | null;
  last_report_at: Date | null;
  updates_core: number;
  updates_plugins: number;
  updates_themes: number;
  updates_translations: number;
  updates_total: number;
  uptime_state: SiteHealth['uptime'];
  backup_verdict: SiteHealth['backup'];
  agent_silent: boolean;
  created_at: Date;
}

export const toSummary = (r: SiteRow): SiteSummary => ({
  id: r.id,
  client_id: r.client_id,
  client_name: r.client_name,
  label: r.label,
  url: r.url,
  status: r.status,
  wp_version: r.wp_version,
  php_version: r.php_version,
  agent_version: r.agent_version,
  last_report_at: r.last_report_at?.toISOString() ?? null,
  updates: { core: r.updates_core, plugins: r.updates_plugins, themes: r.updates_themes, translations: r.updates_translations, total: r.updates_total },
  health: { uptime: r.uptime_state, backup: r.backup_verdict, agent_silent: r.agent_silent },
  created_at: r.created_at.toISOString(),
});

const UPTIME_STATE = "CASE WHEN m.site_id IS NULL THEN 'not_monitored' WHEN m.paused THEN 'paused' ELSE m.status END";
const BACKUP_VERDICT = "COALESCE(bv.verdict, 'not_evaluated')";
const COLUMNS = `s.id, s.client_id, c.name AS client_name, s.label, s.url, s.status, s.wp_version, s.php_version, s.agent_version,
  s.last_report_at, s.updates_core, s.updates_plugins, s.updates_themes, s.updates_translations, s.updates_total, s.created_at,
  ${UPTIME_STATE} AS uptime_state, ${BACKUP_VERDICT} AS backup_verdict, (m.silent_incident_id IS NOT NULL) AS agent_silent`;
// Both joins are on primary keys and only ever touch the rows of one page (or one filter), so the fleet
// list stays an index walk with 10,000 sites.
const HEALTH_JOINS = 'LEFT JOIN monitors m ON m.site_id = s.id LEFT JOIN backup_verdicts bv ON bv.site_id = s.id';
const FROM = `FROM sites s JOIN clients c ON c.id = s.client_id ${HEALTH_JOINS}`;

// Whitelisted ORDER BY expressions; `id` breaks ties so paging is stable.
const SORTS: Record<ListSitesQuery['sort'], string> = {
  label: 'lower(s.label)',
  url: 's.url',
  client: 'lower(c.name)',
  last_report_at: 's.last_report_at',
  wp_version: 's.wp_version_sort',
  updates_pending: 's.updates_total',
  created_at: 's.created_at',
};

export interface SiteAuthRow {
  id: string;
  status: SiteStatus;
  public_key: string | null;
}

export interface SitesRepository {
  list(q: ListSitesQuery): Promise<{ items: SiteSummary[]; total: number }>;
  findSummary(id: string): Promise<SiteSummary | undefined>;
  findInventory(id: string): Promise<Inventory | null>;
  findEnrollment(id: string, now: Date): Promise<{ active_code_expires_at: string | null; enrolled_at: string | null }>;
  findForAuth(id: string): Promise<SiteAuthRow | undefined>;
  findCommandsUrl(id: string): Promise<string | null | undefined>;
  insert(s: { id: string; clientId: string; url: string; label: string; now: Date }): Promise<void>;
  update(id: string, s: { clientId?: string | undefined; url?: string | undefined; label?: string | undefined }, now: Date): Promise<boolean>;
  revoke(id: string, now: Date): Promise<boolean>;
  delete(id: string): Promise<boolean>;
  /** Replaces any unused code of the site with this one (only the newest code works). */
  replaceEnrollmentCode(siteId: string, codeHash: string, now: Date, expiresAt: Date): Promise<void>;
}

export function createSitesRepository(db: Queryable): SitesRepository {
  return {
    async list(q) {
      const w = whereBuilder();
      if (q.q) w.add('(s.label ILIKE ? OR s.url ILIKE ?)', `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      if (q.client_id) w.add('s.client_id = ?', q.client_id);
      if (q.status) w.add('s.status = ?', q.status);
      if (q.has_updates !== undefined) w.raw(q.has_updates ? 's.updates_total > 0' : 's.updates_total = 0');
      if (q.uptime) w.add(`${UPTIME_STATE} = ?`, q.uptime);
      if (q.backup) w.add(`${BACKUP_VERDICT} = ?`, q.backup);
      const whereSql = w.sql();
      const params = w.params;
      const healthFiltered = q.uptime !== undefined || q.backup !== undefined;
      const dir = q.order === 'desc' ? 'DESC' : 'ASC';
      const nulls = q.order === 'desc' ? 'NULLS LAST' : 'NULLS FIRST';
      const order = `${SORTS[q.sort]} ${dir} ${nulls}, s.id ${dir}`;
      const [page, count] = await Promise.all([
        db.query<SiteRow>(`SELECT ${COLUMNS} ${FROM} ${whereSql} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`, params),
        // Without a health filter every filter is on sites' own columns, so the count needs no join.
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sites s ${healthFiltered ? HEALTH_JOINS : ''} ${whereSql}`, params),
      ]);
      return { items: page.rows.map(toSummary), total: count.rows[0]!.n };
    },
    async findSummary(id) {
      const r = await db.query<SiteRow>(`SELECT ${COLUMNS} ${FROM} WHERE s.id = $1`, [id]);
      return r.rows[0] && toSummary(r.rows[0]);
    },
    async findInventory(id) {
      // The inventory as of the site's latest report (unchanged content is not rewritten per report).
      const r = await db.query<{ report_id: string; generated_at: Date; received_at: Date; inventory: Omit<Inventory, 'report_id' | 'generated_at' | 'received_at'> }>(
        `SELECT s.last_report_id AS report_id, s.last_report_generated_at AS generated_at, s.last_report_at AS received_at, i.inventory
         FROM site_inventory i JOIN sites s ON s.id = i.site_id WHERE i.site_id = $1`,
        [id],
      );
      const row = r.rows[0];
      if (!row) return null;
      return { report_id: row.report_id, generated_at: row.generated_at.toISOString(), received_at: row.received_at.toISOString(), ...row.inventory };
    },
    async findEnrollment(id, now) {
      const r = await db.query<{ expires_at: Date | null; enrolled_at: Date | null }>(
        `SELECT (SELECT max(expires_at) FROM enrollment_codes WHERE site_id = $1 AND used_at IS NULL AND expires_at > $2) AS expires_at,
                (SELECT enrolled_at FROM sites WHERE id = $1) AS enrolled_at`,
        [id, now],
      );
      const row = r.rows[0]!;
      return { active_code_expires_at: row.expires_at?.toISOString() ?? null, enrolled_at: row.enrolled_at?.toISOString() ?? null };
    },
    async findForAuth(id) {
      const r = await db.query<SiteAuthRow>('SELECT id, status, public_key FROM sites WHERE id = $1', [id]);
      return r.rows[0];
    },
    async findCommandsUrl(id) {
      const r = await db.query<{ commands_url: string | null }>('SELECT commands_url FROM sites WHERE id = $1', [id]);
      return r.rows[0]?.commands_url;
    },
    async insert(s) {
      await db.query("INSERT INTO sites (id, client_id, url, label, status, created_at, updated_at) VALUES ($1, $2, $3, $4, 'pending', $5, $5)", [s.id, s.clientId, s.url, s.label, s.now]);
    },
    async update(id, s, now) {
      const r = await db.query(
        'UPDATE sites SET client_id = COALESCE($2, client_id), url = COALESCE($3, url), label = COALESCE($4, label), updated_at = $5 WHERE id = $1',
        [id, s.clientId ?? null, s.url ?? null, s.label ?? null, now],
      );
      return r.rowCount === 1;
    },
    async revoke(id, now) {
      // The key is kept (for the record) but the status alone refuses every signed request from now on.
      const r = await db.query("UPDATE sites SET status = 'revoked', revoked_at = COALESCE(revoked_at, $2), updated_at = $2 WHERE id = $1", [id, now]);
      await db.query('DELETE FROM enrollment_codes WHERE site_id = $1 AND used_at IS NULL', [id]);
      return r.rowCount === 1;
    },
    async delete(id) {
      const r = await db.query('DELETE FROM sites WHERE id = $1', [id]);
      return r.rowCount === 1;
    },
    async replaceEnrollmentCode(siteId, codeHash, now, expiresAt) {
      await db.query('DELETE FROM enrollment_codes WHERE site_id = $1 AND used_at IS NULL', [siteId]);
      await db.query('INSERT INTO enrollment_codes (code_hash, site_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [codeHash, siteId, now, expiresAt]);
    },
  };
}
