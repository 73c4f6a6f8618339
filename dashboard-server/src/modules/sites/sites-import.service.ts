import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { createClientsRepository } from '../clients/clients.repository.js';
import { hashEnrollmentCode, newEnrollmentCode } from './enrollment-codes.js';
import { createSitesRepository } from './sites.repository.js';
import type { ImportResult, ImportSites } from './sites.schemas.js';
import { defaultSiteLabel, storedSiteUrl } from './sites.service.js';

/** Serialises imports: two at once must not both create the client "Acme". */
const IMPORT_LOCK = 7311010;

/** How two addresses of one site compare: scheme and host in any case, without trailing slashes. */
export function siteKey(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
}

type Problem = { path: string; message: string };

/**
 * Many sites at once (a freelancer moving a fleet in): clients found by name or created, sites
 * created pending, each with its one-time enrollment code if asked. All or nothing: a row that cannot
 * be imported refuses the whole import with every problem listed by row, and nothing is written.
 */
export function createSitesImportService(deps: { db: Database; clock: Clock; enrollmentCodeTtlMs: number; publicUrl: string }) {
  return {
    async importSites(input: ImportSites): Promise<ImportResult> {
      const rows = input.rows.map((r) => ({ ...r, client: r.client.trim(), url: storedSiteUrl(r.url) }));
      const problems: Problem[] = [];
      const firstRowOf = new Map<string, number>();
      rows.forEach((r, i) => {
        const key = siteKey(r.url);
        const first = firstRowOf.get(key);
        if (first === undefined) firstRowOf.set(key, i);
        else problems.push({ path: `/rows/${i}/url`, message: `the same site as row ${first}` });
        if (r.client === '') problems.push({ path: `/rows/${i}/client`, message: 'a client name is needed' });
      });
      if (problems.length) throw new AppError(ErrorCode.VALIDATION_FAILED, 'Some rows cannot be imported; nothing was imported', problems);

      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + (input.code_valid_hours ? input.code_valid_hours * 3_600_000 : deps.enrollmentCodeTtlMs));
      return deps.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
        const names = [...new Set(rows.map((r) => r.client.toLowerCase()))];
        const found = await tx.query<{ id: string; name: string }>('SELECT id, name FROM clients WHERE lower(name) = ANY ($1::text[]) ORDER BY created_at, id', [names]);
        const byName = new Map<string, { id: string; name: string; count: number }>();
        for (const c of found.rows) {
          const known = byName.get(c.name.toLowerCase());
          if (known) known.count++;
          else byName.set(c.name.toLowerCase(), { ...c, count: 1 });
        }
        // New clients: the e-mail may be on any of their rows (the first one given counts).
        const newClients = new Map<string, { id: string; name: string; email: string | undefined; firstRow: number }>();
        rows.forEach((r, i) => {
          const lower = r.client.toLowerCase();
          const known = byName.get(lower);
          if (known && known.count > 1) problems.push({ path: `/rows/${i}/client`, message: `${known.count} clients are called "${r.client}"; rename one first` });
          if (known) return;
          const fresh = newClients.get(lower) ?? { id: randomUUID(), name: r.client, email: undefined, firstRow: i };
          fresh.email ??= r.client_email;
          newClients.set(lower, fresh);
        });
        for (const c of newClients.values()) {
          if (!c.email) problems.push({ path: `/rows/${c.firstRow}/client_email`, message: `"${c.name}" is a new client: give its contact e-mail` });
        }
        const existing = await tx.query<{ url: string }>('SELECT url FROM sites');
        const taken = new Set(existing.rows.map((s) => siteKey(s.url)));
        rows.forEach((r, i) => {
          if (taken.has(siteKey(r.url))) problems.push({ path: `/rows/${i}/url`, message: 'this site is already on the hub' });
        });
        if (problems.length) {
          const onlyTaken = problems.every((p) => p.message === 'this site is already on the hub');
          throw new AppError(onlyTaken ? ErrorCode.CONFLICT : ErrorCode.VALIDATION_FAILED, onlyTaken ? 'Some sites are already on the hub; nothing was imported' : 'Some rows cannot be imported; nothing was imported', problems);
        }

        const clients = createClientsRepository(tx);
        for (const c of newClients.values()) await clients.insert(c.id, { name: c.name, contact_email: c.email! }, now);
        const sites = createSitesRepository(tx);
        const out: ImportResult['sites'] = [];
        for (const [i, r] of rows.entries()) {
          const client = byName.get(r.client.toLowerCase()) ?? newClients.get(r.client.toLowerCase())!;
          const id = randomUUID();
          const label = r.label ?? defaultSiteLabel(r.url);
          await sites.insert({ id, clientId: client.id, url: r.url, label, now });
          let code: string | null = null;
          if (input.enrollment_codes !== false) {
            code = newEnrollmentCode();
            await sites.replaceEnrollmentCode(id, hashEnrollmentCode(code), now, expiresAt);
          }
          out.push({ row: i, site_id: id, client_id: client.id, client_name: client.name, url: r.url, label, code, code_expires_at: code ? expiresAt.toISOString() : null });
        }
        return { sites: out, created_clients: [...newClients.values()].map((c) => ({ id: c.id, name: c.name })), hub_url: deps.publicUrl };
      });
    },
  };
}
export type SitesImportService = ReturnType<typeof createSitesImportService>;
