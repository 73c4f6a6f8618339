import { callApi, type ApiBody, type ApiQuery, type ApiResponse } from '../../app/api';

export type TimeEntryList = ApiResponse<'/api/v1/time-entries', 'get'>;
export type TimeEntry = TimeEntryList['items'][number];
export type TimeEntryKind = TimeEntry['kind'];
export type TimeEntryInput = ApiBody<'/api/v1/time-entries', 'post'>;
export type TimeEntryPatch = ApiBody<'/api/v1/time-entries/{id}', 'patch'>;
export type TimeEntryQuery = ApiQuery<'/api/v1/time-entries', 'get'>;

export function listTimeEntries(query: TimeEntryQuery, signal?: AbortSignal): Promise<TimeEntryList> {
  return callApi('get', '/api/v1/time-entries', { query, signal });
}

export function createTimeEntry(input: TimeEntryInput): Promise<TimeEntry> {
  return callApi('post', '/api/v1/time-entries', { body: input });
}

export function updateTimeEntry(id: string, patch: TimeEntryPatch): Promise<TimeEntry> {
  return callApi('patch', '/api/v1/time-entries/{id}', { params: { id }, body: patch });
}

export function deleteTimeEntry(id: string): Promise<void> {
  return callApi('delete', '/api/v1/time-entries/{id}', { params: { id } }) as Promise<void>;
}

/** The client's sites, for the entry's optional site. */
export async function listClientSites(clientId: string, signal?: AbortSignal): Promise<Array<{ id: string; label: string }>> {
  const page = await callApi('get', '/api/v1/sites', { query: { client_id: clientId, limit: 200, offset: 0, sort: 'label', order: 'asc' }, signal });
  return page.items.map((s) => ({ id: s.id, label: s.label }));
}
