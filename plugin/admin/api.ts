import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import type { AgentStatus, ConnectResponse, RestError, SendReportResponse } from './types';

const BASE = '/retainer/v1';

export const getStatus = (): Promise<AgentStatus> => apiFetch<AgentStatus>({ path: `${BASE}/status` });

export const connect = (hubUrl: string, enrollmentCode: string): Promise<ConnectResponse> =>
  apiFetch<ConnectResponse>({ path: `${BASE}/connect`, method: 'POST', data: { hub_url: hubUrl, enrollment_code: enrollmentCode } });

export const disconnect = (): Promise<{ status: AgentStatus }> =>
  apiFetch<{ status: AgentStatus }>({ path: `${BASE}/disconnect`, method: 'POST' });

export const sendReport = (): Promise<SendReportResponse> =>
  apiFetch<SendReportResponse>({ path: `${BASE}/send-report`, method: 'POST' });

/** A readable message for whatever apiFetch threw. */
export function errorMessage(error: unknown): string {
  const e = error as RestError | null;
  if (e && typeof e.message === 'string' && e.message !== '') {
    return e.message;
  }
  return __('The request failed. Reload the page and try again.', 'retainer-agent');
}
