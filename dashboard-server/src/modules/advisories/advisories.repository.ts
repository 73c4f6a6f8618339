import type { Queryable } from '../../db/index.js';
import type { AdvisoryRule } from './matcher.js';
import type { CreateAdvisory, ListAdvisoriesQuery } from './advisories.schemas.js';

export interface AdvisoryRow extends AdvisoryRule {
  reference_url: string | null;
  created_at: Date;
}

/** One installed item on one connected site, as its latest inventory lists it. */
export interface InstalledItem {
  site_id: string;
  type: 'core' | 'plugin' | 'theme';
  id: string;
  version: string | null;
}

const SELECT = 'SELECT id, item_type AS type, slug, fixed_in, affected_from, severity, title, reference_url, created_at FROM security_advisories';

/*
 * Installed plugins, themes and core of the connected sites whose slug is one of $1 (the slug test
 * mirrors matcher.slugOf, so only rows an advisory can name leave the database).
 */
const INSTALLED_SQL = `
WITH inv AS (SELECT i.site_id, i.inventory FROM site_inventory i JOIN sites s ON s.id = i.site_id WHERE s.status = 'connected')
SELECT site_id, 'plugin' AS type, p->>'file' AS id, p->>'version' AS version
FROM inv, jsonb_array_elements(inv.inventory->'plugins') p
WHERE lower(CASE WHEN position('/' in p->>'file') > 0 THEN split_part(p->>'file', '/', 1) ELSE regexp_replace(p->>'file', '\\.php$', '', 'i') END) = ANY ($1::text[])
UNION ALL
SELECT site_id, 'theme', t->>'stylesheet', t->>'version'
FROM inv, jsonb_array_elements(inv.inventory->'themes') t WHERE lower(t->>'stylesheet') = ANY ($1::text[])
UNION ALL
SELECT site_id, 'core', 'wordpress', inv.inventory->'core'->>'version' FROM inv WHERE 'wordpress' = ANY ($1::text[])`;

export function createAdvisoriesRepository(db: Queryable) {
  return {
    async list(q: ListAdvisoriesQuery = {}): Promise<AdvisoryRow[]> {
      const r = await db.query<AdvisoryRow>(
        `${SELECT} WHERE ($1::text IS NULL OR item_type = $1) AND ($2::text IS NULL OR slug = $2) ORDER BY created_at DESC, id`,
        [q.type ?? null, q.slug ?? null],
      );
      return r.rows;
    },
    async find(id: string): Promise<AdvisoryRow | undefined> {
      return (await db.query<AdvisoryRow>(`${SELECT} WHERE id = $1`, [id])).rows[0];
    },
    /** False when the same item already has an advisory fixed in the same version. */
    async insert(id: string, a: CreateAdvisory, createdBy: string | null, now: Date): Promise<boolean> {
      const r = await db.query(
        `INSERT INTO security_advisories (id, item_type, slug, fixed_in, affected_from, severity, title, reference_url, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (item_type, slug, fixed_in) DO NOTHING`,
        [id, a.type, a.slug, a.fixed_in, a.affected_from ?? null, a.severity, a.title.trim(), a.reference_url ?? null, createdBy, now],
      );
      return r.rowCount === 1;
    },
    async delete(id: string): Promise<boolean> {
      return (await db.query('DELETE FROM security_advisories WHERE id = $1', [id])).rowCount === 1;
    },
    async installed(slugs: string[]): Promise<InstalledItem[]> {
      if (slugs.length === 0) return [];
      return (await db.query<InstalledItem>(INSTALLED_SQL, [slugs])).rows;
    },
  };
}
