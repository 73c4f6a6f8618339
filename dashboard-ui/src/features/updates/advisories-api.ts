import { callApi, type ApiBody, type ApiResponse } from '../../app/api';

export type Advisory = ApiResponse<'/api/v1/security-advisories', 'get'>['items'][number];
export type AdvisoryInput = ApiBody<'/api/v1/security-advisories', 'post'>;

export async function listAdvisories(signal?: AbortSignal): Promise<Advisory[]> {
  return (await callApi('get', '/api/v1/security-advisories', { signal })).items;
}

export function createAdvisory(input: AdvisoryInput): Promise<Advisory> {
  return callApi('post', '/api/v1/security-advisories', { body: input });
}

export function deleteAdvisory(id: string): Promise<void> {
  return callApi('delete', '/api/v1/security-advisories/{id}', { params: { id } }) as Promise<void>;
}
