import { callApi, type ApiQuery, type ApiResponse } from '../../app/api';

export type SiteBackups = ApiResponse<'/api/v1/sites/{id}/backups', 'get'>;
export type BackupRecord = SiteBackups['records'][number];
export type BackupVerdictView = SiteBackups['verdict'];
export type BackupVerdict = BackupVerdictView['verdict'];
export type BackupReason = BackupVerdictView['reasons'][number];
export type BackupEvidence = BackupRecord['evidence'];
export type VerdictEvent = SiteBackups['events'][number];
export type BackupFleet = ApiResponse<'/api/v1/backups', 'get'>;
export type BackupFleetItem = BackupFleet['items'][number];
export type BackupFleetQuery = ApiQuery<'/api/v1/backups', 'get'>;

export function getSiteBackups(id: string, signal?: AbortSignal): Promise<SiteBackups> {
  // The detail screen shows the newest records and verdict changes; the hub keeps more.
  return callApi('get', '/api/v1/sites/{id}/backups', { params: { id }, query: { records_limit: 50, events_limit: 20 }, signal });
}

export function listBackupFleet(query: BackupFleetQuery, signal?: AbortSignal): Promise<BackupFleet> {
  return callApi('get', '/api/v1/backups', { query, signal });
}
