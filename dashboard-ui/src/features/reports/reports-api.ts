import { apiFetch, callApi, type ApiBody, type ApiQuery, type ApiResponse } from '../../app/api';

export type ReportList = ApiResponse<'/api/v1/reports', 'get'>;
export type ReportSummary = ReportList['items'][number];
export type ReportStatus = ReportSummary['status'];
export type Report = ApiResponse<'/api/v1/reports/{id}', 'get'>;
export type ReportListQuery = ApiQuery<'/api/v1/reports', 'get'>;
export type DeliveryLog = ApiResponse<'/api/v1/reports/{id}/deliveries', 'get'>['items'];
export type Branding = ApiResponse<'/api/v1/reports/branding', 'get'>;
export type BrandingInput = ApiBody<'/api/v1/reports/branding', 'put'>;
export type ReportEdit = ApiBody<'/api/v1/reports/{id}', 'patch'>;
export type ReportAction = 'approve' | 'send' | 'resend' | 'regenerate';

export function listReports(query: ReportListQuery, signal?: AbortSignal): Promise<ReportList> {
  return callApi('get', '/api/v1/reports', { query, signal });
}

export function generateReports(month: string) {
  return callApi('post', '/api/v1/reports/generate', { body: { month } });
}

export function getReport(id: string, signal?: AbortSignal): Promise<Report> {
  return callApi('get', '/api/v1/reports/{id}', { params: { id }, signal });
}

export function editReport(id: string, edit: ReportEdit): Promise<Report> {
  return callApi('patch', '/api/v1/reports/{id}', { params: { id }, body: edit });
}

export function reportAction(id: string, action: ReportAction): Promise<Report> {
  const path = `/api/v1/reports/{id}/${action}` as '/api/v1/reports/{id}/approve';
  return callApi('post', path, { params: { id } });
}

export async function getDeliveries(id: string, signal?: AbortSignal): Promise<DeliveryLog> {
  return (await callApi('get', '/api/v1/reports/{id}/deliveries', { params: { id }, signal })).items;
}

/** The HTML the client will see, exactly as the hub renders it. */
export async function getPreviewHtml(id: string, signal?: AbortSignal): Promise<string> {
  const response = await apiFetch(`/api/v1/reports/${encodeURIComponent(id)}/preview`, signal ? { signal } : {});
  return response.text();
}

export function getBranding(signal?: AbortSignal): Promise<Branding> {
  return callApi('get', '/api/v1/reports/branding', { signal });
}

export function putBranding(input: BrandingInput): Promise<Branding> {
  return callApi('put', '/api/v1/reports/branding', { body: input });
}
