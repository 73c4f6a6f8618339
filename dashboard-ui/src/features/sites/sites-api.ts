import { callApi, type Command, type EnrollmentCode, type SiteDetail, type SiteInput, type SiteSummary } from '../../app/api';

/** One page of sites; `params` come from `fleetQueryToApiParams` (limit, offset, sort, filters). */
export function listSites(params: URLSearchParams, signal?: AbortSignal) {
  return callApi('get', '/api/v1/sites', { query: params, signal });
}

export function getSite(id: string, signal?: AbortSignal): Promise<SiteDetail> {
  return callApi('get', '/api/v1/sites/{id}', { params: { id }, signal });
}

export function createSite(input: SiteInput): Promise<SiteSummary> {
  return callApi('post', '/api/v1/sites', { body: input });
}

export function updateSite(id: string, patch: Partial<SiteInput>): Promise<SiteSummary> {
  return callApi('patch', '/api/v1/sites/{id}', { params: { id }, body: patch });
}

export function deleteSite(id: string): Promise<void> {
  return callApi('delete', '/api/v1/sites/{id}', { params: { id } });
}

export function revokeSite(id: string): Promise<SiteSummary> {
  return callApi('post', '/api/v1/sites/{id}/revoke', { params: { id } });
}

export function createEnrollmentCode(id: string): Promise<EnrollmentCode> {
  return callApi('post', '/api/v1/sites/{id}/enrollment-code', { params: { id } });
}

export function requestSync(id: string): Promise<Command> {
  return callApi('post', '/api/v1/sites/{id}/commands', { params: { id }, body: { type: 'sync' } });
}

export function listCommands(id: string, signal?: AbortSignal): Promise<{ items: Command[] }> {
  return callApi('get', '/api/v1/sites/{id}/commands', { params: { id }, signal });
}
