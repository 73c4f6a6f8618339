import { apiFetch, callApi, type ApiBody, type ApiQuery, type ApiResponse } from '../../app/api';
import { createSseParser, type SseEvent } from './sse';

export type FleetUpdates = ApiResponse<'/api/v1/updates', 'get'>;
export type FleetUpdateItem = FleetUpdates['items'][number];
export type FleetUpdateSite = NonNullable<FleetUpdateItem['sites']>[number];
export type ItemType = FleetUpdateItem['type'];
export type FleetUpdatesQuery = ApiQuery<'/api/v1/updates', 'get'>;
export type Hold = ApiResponse<'/api/v1/update-holds', 'get'>['holds'][number];
export type HoldInput = ApiBody<'/api/v1/update-holds', 'post'>;
export type RunInput = ApiBody<'/api/v1/update-runs', 'post'>;
/** The list's filters as a run started from it repeats them. */
export type FleetFilter = NonNullable<RunInput['filter']>;
export type UpdateRun = ApiResponse<'/api/v1/update-runs', 'post'>['run'];
export type RunDetail = ApiResponse<'/api/v1/update-runs/{id}', 'get'>;
export type RunSite = RunDetail['sites'][number];
export type RunItem = RunSite['items'][number];
export type RunItemStatus = RunItem['status'];
export type HistoryEvent = ApiResponse<'/api/v1/update-events', 'get'>['events'][number];
export type HistoryQuery = ApiQuery<'/api/v1/update-events', 'get'>;

export function listFleetUpdates(query: FleetUpdatesQuery, signal?: AbortSignal): Promise<FleetUpdates> {
  return callApi('get', '/api/v1/updates', { query, signal });
}

/** The sites of one listed item (at its version), under the list's filters. */
export async function listItemSites(item: Pick<FleetUpdateItem, 'type' | 'id' | 'to_version'>, filter: FleetFilter, signal?: AbortSignal): Promise<FleetUpdateSite[]> {
  const { items } = await listFleetUpdates({ ...filter, type: item.type, item_id: item.id, include_sites: true }, signal);
  return items.find((i) => i.to_version === item.to_version)?.sites ?? [];
}

export async function listHolds(signal?: AbortSignal): Promise<Hold[]> {
  return (await callApi('get', '/api/v1/update-holds', { signal })).holds;
}

export function createHold(input: HoldInput): Promise<Hold> {
  return callApi('post', '/api/v1/update-holds', { body: input });
}

export function deleteHold(id: string): Promise<void> {
  return callApi('delete', '/api/v1/update-holds/{id}', { params: { id } }) as Promise<void>;
}

export async function startRun(input: RunInput): Promise<UpdateRun> {
  return (await callApi('post', '/api/v1/update-runs', { body: input })).run;
}

/** Cancels what has not been sent yet; sites already updating finish first. Idempotent on the hub. */
export async function cancelRun(id: string): Promise<UpdateRun> {
  return (await callApi('post', '/api/v1/update-runs/{id}/cancel', { params: { id } })).run;
}

export function listRuns(query: { limit?: number; cursor?: string }, signal?: AbortSignal) {
  return callApi('get', '/api/v1/update-runs', { query, signal });
}

export function getRun(id: string, signal?: AbortSignal): Promise<RunDetail> {
  return callApi('get', '/api/v1/update-runs/{id}', { params: { id }, signal });
}

export function listUpdateEvents(query: HistoryQuery, signal?: AbortSignal) {
  return callApi('get', '/api/v1/update-events', { query, signal });
}

/**
 * Reads a run's progress stream until it ends or `signal` aborts, calling `onEvent` for each
 * event. Resolves with the last event id so a dropped connection can resume with Last-Event-ID.
 */
export async function readRunStream(
  runId: string,
  onEvent: (event: SseEvent) => void,
  options: { signal: AbortSignal; lastEventId?: string | null },
): Promise<string | null> {
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (options.lastEventId) headers['Last-Event-ID'] = options.lastEventId;
  const response = await apiFetch(`/api/v1/update-runs/${encodeURIComponent(runId)}/stream`, { signal: options.signal, headers });
  if (!response.body) throw new Error('The progress stream has no body.');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  let lastId = options.lastEventId ?? null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return lastId;
    for (const event of parser.push(value)) {
      lastId = event.id ?? lastId;
      onEvent(event);
    }
  }
}
