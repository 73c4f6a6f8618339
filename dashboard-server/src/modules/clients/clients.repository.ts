import type { Queryable } from '../../db/index.js';
import type { Client, CreateClient, ListClientsQuery, UpdateClient } from './clients.schemas.js';

interface ClientRow {
  id: string;
  name: string;
  contact_email: string;
  locale: string;
  site_count: number;
  created_at: Date;
}
const toClient = (r: ClientRow): Client => ({ ...r, created_at: r.created_at.toISOString() });
const SELECT = `SELECT c.id, c.name, c.contact_email, c.locale, c.created_at,
  (SELECT count(*)::int FROM sites s WHERE s.client_id = c.id) AS site_count FROM clients c`;

export interface ClientsRepository {
  list(q: ListClientsQuery): Promise<{ items: Client[]; total: number }>;
  findById(id: string): Promise<Client | undefined>;
  insert(id: string, c: CreateClient, now: Date): Promise<Client>;
  update(id: string, c: UpdateClient, now: Date): Promise<Client | undefined>;
  /**
   * Deletes a client without sites, contracts or invoices. Contracts (with their acceptances) and invoices
   * are business records the freelancer must keep, so a client that has any is never deleted.
   */
  delete(id: string): Promise<'deleted' | 'missing' | 'has-sites' | 'has-records'>;
}

export function createClientsRepository(db: Queryable): ClientsRepository {
  const findById = async (id: string) => {
    const r = await db.query<ClientRow>(`${SELECT} WHERE c.id = $1`, [id]);
    return r.rows[0] && toClient(r.rows[0]);
  };
  return {
    async list({ limit, offset, q }) {
      const where = q ? `WHERE c.name ILIKE $3 OR c.contact_email ILIKE $3` : '';
      const params: unknown[] = [limit, offset];
      if (q) params.push(`%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      const rows = await db.query<ClientRow & { total: number }>(
        `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT} ${where}) c ORDER BY lower(c.name), c.id LIMIT $1 OFFSET $2`,
        params,
      );
      let total = rows.rows[0]?.total;
      if (total === undefined) {
        const c = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM clients c ${where.replace(/\$3/g, '$1')}`, q ? [params[2]] : []);
        total = c.rows[0]!.n;
      }
      return { items: rows.rows.map(({ total: _t, ...r }) => toClient(r)), total };
    },
    findById,
    async insert(id, c, now) {
      await db.query('INSERT INTO clients (id, name, contact_email, locale, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)', [id, c.name, c.contact_email, c.locale ?? 'en', now]);
      return (await findById(id))!;
    },
    async update(id, c, now) {
      const r = await db.query(
        `UPDATE clients SET name = COALESCE($2, name), contact_email = COALESCE($3, contact_email), locale = COALESCE($4, locale), updated_at = $5 WHERE id = $1`,
        [id, c.name ?? null, c.contact_email ?? null, c.locale ?? null, now],
      );
      return r.rowCount ? findById(id) : undefined;
    },
    async delete(id) {
      const r = await db.query<{ deleted: number; sites: number; records: number }>(
        `WITH d AS (
           DELETE FROM clients WHERE id = $1
             AND NOT EXISTS (SELECT 1 FROM sites WHERE client_id = $1)
             AND NOT EXISTS (SELECT 1 FROM contracts WHERE client_id = $1)
             AND NOT EXISTS (SELECT 1 FROM invoices WHERE client_id = $1)
           RETURNING 1)
         SELECT (SELECT count(*)::int FROM d) AS deleted, (SELECT count(*)::int FROM sites WHERE client_id = $1) AS sites,
           (SELECT count(*)::int FROM contracts WHERE client_id = $1) + (SELECT count(*)::int FROM invoices WHERE client_id = $1) AS records`,
        [id],
      );
      const row = r.rows[0]!;
      if (row.deleted) return 'deleted';
      if (row.sites > 0) return 'has-sites';
      return row.records > 0 ? 'has-records' : 'missing';
    },
  };
}
