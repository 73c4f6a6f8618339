import type { Queryable } from '../../db/index.js';
import type { CreatePlan, ListPlansQuery, Plan, UpdatePlan } from './plans.schemas.js';

type PlanRow = Omit<Plan, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date };
const toPlan = (r: PlanRow): Plan => ({ ...r, created_at: r.created_at.toISOString(), updated_at: r.updated_at.toISOString() });

const SELECT = `SELECT p.id, p.name, p.description, p.currency, p.monthly_fee_cents, p.billing_term_months, p.hourly_rate_cents,
  p.included_minutes, p.minutes_roll_over, p.included_restores, p.included_repairs, p.allowance_period, p.backup_max_age_days,
  p.backup_retention_days, p.uptime_interval_s, p.report_mode, p.inclusions, p.exclusions, p.created_at, p.updated_at,
  (SELECT count(*)::int FROM clients c WHERE c.plan_id = p.id) AS client_count FROM plans p`;

/** Columns a create/update may set, in a fixed order; jsonb ones are serialised. */
const COLUMNS = [
  'name', 'description', 'currency', 'monthly_fee_cents', 'billing_term_months', 'hourly_rate_cents', 'included_minutes', 'minutes_roll_over',
  'included_restores', 'included_repairs', 'allowance_period', 'backup_max_age_days', 'backup_retention_days', 'uptime_interval_s', 'report_mode',
  'inclusions', 'exclusions',
] as const;
const JSON_COLUMNS = new Set(['inclusions', 'exclusions']);
const toParam = (col: string, v: unknown) => (JSON_COLUMNS.has(col) ? JSON.stringify(v) : v);

export interface PlansRepository {
  list(q: ListPlansQuery): Promise<{ items: Plan[]; total: number }>;
  findById(id: string): Promise<Plan | undefined>;
  insert(id: string, p: CreatePlan, now: Date): Promise<Plan>;
  update(id: string, p: UpdatePlan, now: Date): Promise<Plan | undefined>;
  /** 'in-use' while clients are on the plan (contracts keep their own snapshot of it). */
  delete(id: string): Promise<'deleted' | 'missing' | 'in-use'>;
}

export function createPlansRepository(db: Queryable): PlansRepository {
  const findById = async (id: string) => {
    const r = await db.query<PlanRow>(`${SELECT} WHERE p.id = $1`, [id]);
    return r.rows[0] && toPlan(r.rows[0]);
  };
  return {
    async list({ limit, offset }) {
      const r = await db.query<PlanRow>(`${SELECT} ORDER BY p.monthly_fee_cents, lower(p.name) LIMIT $1 OFFSET $2`, [limit, offset]);
      const n = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plans');
      return { items: r.rows.map(toPlan), total: n.rows[0]!.n };
    },
    findById,
    async insert(id, p, now) {
      const cols = COLUMNS.filter((c) => p[c] !== undefined);
      const params = [id, now, ...cols.map((c) => toParam(c, p[c]))];
      await db.query(
        `INSERT INTO plans (id, created_at, updated_at${cols.map((c) => `, ${c}`).join('')}) VALUES ($1, $2, $2${cols.map((_, i) => `, $${i + 3}`).join('')})`,
        params,
      );
      return (await findById(id))!;
    },
    async update(id, p, now) {
      const cols = COLUMNS.filter((c) => p[c] !== undefined);
      const sets = cols.map((c, i) => `${c} = $${i + 3}`).join(', ');
      const r = await db.query(`UPDATE plans SET updated_at = $2${sets ? `, ${sets}` : ''} WHERE id = $1`, [id, now, ...cols.map((c) => toParam(c, p[c]))]);
      return r.rowCount ? findById(id) : undefined;
    },
    async delete(id) {
      const r = await db.query<{ deleted: number; clients: number }>(
        `WITH d AS (DELETE FROM plans WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM clients WHERE plan_id = $1) RETURNING 1)
         SELECT (SELECT count(*)::int FROM d) AS deleted, (SELECT count(*)::int FROM clients WHERE plan_id = $1) AS clients`,
        [id],
      );
      const row = r.rows[0]!;
      if (row.deleted) return 'deleted';
      return row.clients > 0 ? 'in-use' : 'missing';
    },
  };
}
