import type { UpdateItemType } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';
import type { Hold } from './updates.schemas.js';

/** One pending update on one site, as the site's latest inventory offers it. */
export interface PendingUpdate {
  site_id: string;
  site_label: string;
  client_id: string;
  client_name: string;
  type: UpdateItemType;
  id: string;
  name: string;
  from_version: string | null;
  to_version: string;
}

/*
 * Every pending update of the fleet, from the pending columns PostgreSQL keeps next to each stored
 * inventory (migration 0012): plugins and themes with an update_version, core's update_version and the
 * pending translation updates. Sites are ranked by label once (10,000 labels), so the rows are ordered
 * by that number rather than by comparing labels tens of thousands of times. Item ids follow the
 * protocol (plugin basename, theme stylesheet, `wordpress`, `<type>:<slug>:<language>`).
 */
const PENDING_SQL = `
WITH inv AS (
  SELECT s.id AS site_id, s.label AS site_label, s.client_id, c.name AS client_name, row_number() OVER (ORDER BY lower(s.label), s.id) AS site_rank,
    i.pending_plugins, i.pending_themes, i.core_version, i.core_update_version, i.pending_translations
  FROM site_inventory i JOIN sites s ON s.id = i.site_id JOIN clients c ON c.id = s.client_id
  WHERE s.status = 'connected' AND ($1::uuid IS NULL OR s.client_id = $1) AND ($2::uuid IS NULL OR s.id = $2)
    AND ($4::uuid[] IS NULL OR s.id = ANY ($4::uuid[]))
), pending AS (
  SELECT site_rank, site_id, site_label, client_id, client_name, 'plugin' AS type, p->>'file' AS id, p->>'name' AS name, p->>'version' AS from_version, p->>'update_version' AS to_version
  FROM inv, jsonb_array_elements(inv.pending_plugins) p
  UNION ALL
  SELECT site_rank, site_id, site_label, client_id, client_name, 'theme', t->>'stylesheet', t->>'name', t->>'version', t->>'update_version'
  FROM inv, jsonb_array_elements(inv.pending_themes) t
  UNION ALL
  SELECT site_rank, site_id, site_label, client_id, client_name, 'core', 'wordpress', 'WordPress', core_version, core_update_version
  FROM inv WHERE core_update_version IS NOT NULL
  UNION ALL
  SELECT site_rank, site_id, site_label, client_id, client_name, 'translation', (l->>'type') || ':' || (l->>'slug') || ':' || (l->>'language'),
    (l->>'slug') || ' (' || (l->>'language') || ')', NULL, l->>'version'
  FROM inv, jsonb_array_elements(inv.pending_translations) l
)
SELECT site_id, site_label, client_id, client_name, type, id, name, from_version, to_version FROM pending
WHERE ($3::text IS NULL OR type = $3) AND ($5::text IS NULL OR id = $5) ORDER BY site_rank, type, id`;

const toHold = (r: { id: string; site_id: string | null; item_type: UpdateItemType; item_id: string; below_version: string | null; reason: string; created_by: string | null; created_at: Date }): Hold => ({
  id: r.id,
  site_id: r.site_id,
  type: r.item_type,
  item_id: r.item_id,
  below_version: r.below_version,
  reason: r.reason,
  created_by: r.created_by,
  created_at: r.created_at.toISOString(),
});

export function createUpdatesRepository(db: Queryable) {
  return {
    async pending(f: { clientId?: string; siteId?: string; type?: string; itemId?: string; siteIds?: string[] }): Promise<PendingUpdate[]> {
      const r = await db.query<PendingUpdate>(PENDING_SQL, [f.clientId ?? null, f.siteId ?? null, f.type ?? null, f.siteIds ?? null, f.itemId ?? null]);
      return r.rows;
    },
    async listHolds(): Promise<Hold[]> {
      const r = await db.query<Parameters<typeof toHold>[0]>('SELECT * FROM update_holds ORDER BY created_at DESC, id');
      return r.rows.map(toHold);
    },
    /** Holds that apply to any of these sites (their own and the global ones). */
    async holdsFor(siteIds: string[]): Promise<Hold[]> {
      const r = await db.query<Parameters<typeof toHold>[0]>('SELECT * FROM update_holds WHERE site_id IS NULL OR site_id = ANY ($1::uuid[])', [siteIds]);
      return r.rows.map(toHold);
    },
    async insertHold(h: { id: string; siteId: string | null; type: string; itemId: string; belowVersion: string | null; reason: string; createdBy: string | null; now: Date }): Promise<Hold | undefined> {
      const r = await db.query<Parameters<typeof toHold>[0]>(
        `INSERT INTO update_holds (id, site_id, item_type, item_id, below_version, reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT DO NOTHING RETURNING *`,
        [h.id, h.siteId, h.type, h.itemId, h.belowVersion, h.reason, h.createdBy, h.now],
      );
      return r.rows[0] && toHold(r.rows[0]);
    },
    async deleteHold(id: string): Promise<boolean> {
      return (await db.query('DELETE FROM update_holds WHERE id = $1', [id])).rowCount === 1;
    },
  };
}
export type UpdatesRepository = ReturnType<typeof createUpdatesRepository>;
