import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { createClientsRepository } from '../clients/clients.repository.js';
import { hashEnrollmentCode, newEnrollmentCode } from './enrollment-codes.js';
import { createSitesRepository } from './sites.repository.js';
import type { CreateSite, ListSitesQuery, SiteDetail, SiteSummary, UpdateSite } from './sites.schemas.js';

export interface SitesService {
  list(q: ListSitesQuery): Promise<{ items: SiteSummary[]; total: number }>;
  get(id: string): Promise<SiteDetail>;
  create(input: CreateSite): Promise<SiteSummary>;
  update(id: string, input: UpdateSite): Promise<SiteSummary>;
  revoke(id: string): Promise<SiteSummary>;
  delete(id: string): Promise<void>;
  createEnrollmentCode(id: string): Promise<{ code: string; expires_at: string; hub_url: string }>;
}

/** A site's address as the hub stores it: without trailing slashes. */
export const storedSiteUrl = (url: string): string => url.replace(/\/+$/, '');
/** The label a site gets when none is given: its host name. */
export const defaultSiteLabel = (url: string): string => new URL(url).host;

export function createSitesService(deps: { db: Database; clock: Clock; enrollmentCodeTtlMs: number; publicUrl: string }): SitesService {
  const { db, clock } = deps;
  const sites = createSitesRepository(db);

  const requireClient = async (clientId: string) => {
    if (!(await createClientsRepository(db).findById(clientId))) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'client_id does not name an existing client', [{ path: '/client_id', message: 'unknown client' }]);
    }
  };
  const summary = async (id: string) => (await sites.findSummary(id)) ?? Promise.reject(notFound('Site'));

  return {
    list: (q) => sites.list(q),
    async get(id) {
      const s = await summary(id);
      const [inventory, enrollment] = await Promise.all([sites.findInventory(id), sites.findEnrollment(id, clock.now())]);
      return { ...s, enrollment, inventory };
    },
    async create(input) {
      await requireClient(input.client_id);
      const id = randomUUID();
      await sites.insert({ id, clientId: input.client_id, url: storedSiteUrl(input.url), label: input.label ?? defaultSiteLabel(input.url), now: clock.now() });
      return summary(id);
    },
    async update(id, input) {
      if (input.client_id) await requireClient(input.client_id);
      const ok = await sites.update(id, { clientId: input.client_id, url: input.url === undefined ? undefined : storedSiteUrl(input.url), label: input.label }, clock.now());
      if (!ok) throw notFound('Site');
      return summary(id);
    },
    async revoke(id) {
      if (!(await sites.revoke(id, clock.now()))) throw notFound('Site');
      return summary(id);
    },
    async delete(id) {
      if (!(await sites.delete(id))) throw notFound('Site');
    },
    async createEnrollmentCode(id) {
      await summary(id);
      const code = newEnrollmentCode();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + deps.enrollmentCodeTtlMs);
      await db.transaction((tx) => createSitesRepository(tx).replaceEnrollmentCode(id, hashEnrollmentCode(code), now, expiresAt));
      return { code, expires_at: expiresAt.toISOString(), hub_url: deps.publicUrl };
    },
  };
}
