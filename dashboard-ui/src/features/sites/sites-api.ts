import {
  apiRequest,
  type Command,
  type EnrollmentCode,
  type Page,
  type SiteDetail,
  type SiteInput,
  type SiteSummary,
} from '../../app/api';

const base = '/api/v1/sites';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** One page of sites; `params` come from `fleetQueryToApiParams` (limit, offset, sort, filters). */
export function listSites(params: URLSearchParams, signal?: AbortSignal): Promise<Page<SiteSummary>> {
  return apiRequest('GET', base, { query: params, signal });
}

export function getSite(id: string, signal?: AbortSignal): Promise<SiteDetail> {
  return apiRequest('GET', one(id), { signal });
}

export function createSite(input: SiteInput): Promise<SiteSummary> {
  return apiRequest('POST', base, { body: input });
}

export function updateSite(id: string, patch: Partial<SiteInput>): Promise<SiteSummary> {
  return apiRequest('PATCH', one(id), { body: patch });
}

export function deleteSite(id: string): Promise<void> {
  return apiRequest('DELETE', one(id));
}

export function revokeSite(id: string): Promise<SiteSummary> {
  return apiRequest('POST', `${one(id)}/revoke`);
}

export function createEnrollmentCode(id: string): Promise<EnrollmentCode> {
  return apiRequest('POST', `${one(id)}/enrollment-code`);
}

export function requestSync(id: string): Promise<Command> {
  return apiRequest('POST', `${one(id)}/commands`, { body: { type: 'sync' } });
}

export function listCommands(id: string, signal?: AbortSignal): Promise<{ items: Command[] }> {
  return apiRequest('GET', `${one(id)}/commands`, { signal });
}
