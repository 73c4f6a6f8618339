import { callApi, type ApiBody, type ApiResponse } from '../../app/api';

export type AlertChannelList = ApiResponse<'/api/v1/alert-channels', 'get'>;
export type AlertChannel = AlertChannelList['items'][number];
export type NewAlertChannel = ApiBody<'/api/v1/alert-channels', 'post'>;
export type ChannelTestResult = ApiResponse<'/api/v1/alert-channels/{id}/test', 'post'>;

export function listAlertChannels(signal?: AbortSignal): Promise<AlertChannelList> {
  return callApi('get', '/api/v1/alert-channels', { signal });
}

export function createAlertChannel(input: NewAlertChannel): Promise<AlertChannel> {
  return callApi('post', '/api/v1/alert-channels', { body: input });
}

export function setAlertChannelEnabled(id: string, enabled: boolean): Promise<AlertChannel> {
  return callApi('patch', '/api/v1/alert-channels/{id}', { params: { id }, body: { enabled } });
}

export function deleteAlertChannel(id: string): Promise<void> {
  return callApi('delete', '/api/v1/alert-channels/{id}', { params: { id } });
}

export function testAlertChannel(id: string): Promise<ChannelTestResult> {
  return callApi('post', '/api/v1/alert-channels/{id}/test', { params: { id } });
}

export type EmailSettings = ApiResponse<'/api/v1/settings/email', 'get'>;
export type TestEmailResult = ApiResponse<'/api/v1/settings/email/test', 'post'>;

export function getEmailSettings(signal?: AbortSignal): Promise<EmailSettings> {
  return callApi('get', '/api/v1/settings/email', { signal });
}

/** Without `to` the hub sends to the signed-in user's own address. */
export function sendTestEmail(to?: string): Promise<TestEmailResult> {
  return callApi('post', '/api/v1/settings/email/test', { body: to ? { to } : {} });
}
