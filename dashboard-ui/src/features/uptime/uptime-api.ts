import { callApi, type ApiQuery, type ApiResponse } from '../../app/api';

export type Monitor = ApiResponse<'/api/v1/sites/{id}/monitor', 'get'>;
export type MonitorStatus = Monitor['status'];
export type Rollup = ApiResponse<'/api/v1/sites/{id}/rollups', 'get'>['items'][number];
export type IncidentList = ApiResponse<'/api/v1/sites/{id}/incidents', 'get'>;
export type Incident = IncidentList['items'][number];
export type IncidentKind = Incident['kind'];
export type UptimeFleet = ApiResponse<'/api/v1/uptime', 'get'>;
export type UptimeFleetItem = UptimeFleet['items'][number];
export type UptimeFleetQuery = ApiQuery<'/api/v1/uptime', 'get'>;

export function getMonitor(id: string, signal?: AbortSignal): Promise<Monitor> {
  return callApi('get', '/api/v1/sites/{id}/monitor', { params: { id }, signal });
}

/** Daily rollups between two UTC days (inclusive, `YYYY-MM-DD`). */
export function listRollups(id: string, from: string, to: string, signal?: AbortSignal): Promise<{ items: Rollup[] }> {
  return callApi('get', '/api/v1/sites/{id}/rollups', { params: { id }, query: { from, to }, signal });
}

export function listIncidents(id: string, limit: number, signal?: AbortSignal): Promise<IncidentList> {
  return callApi('get', '/api/v1/sites/{id}/incidents', { params: { id }, query: { limit, offset: 0 }, signal });
}

export function listUptimeFleet(query: UptimeFleetQuery, signal?: AbortSignal): Promise<UptimeFleet> {
  return callApi('get', '/api/v1/uptime', { query, signal });
}
