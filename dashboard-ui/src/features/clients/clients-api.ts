import { callApi, type Client, type ClientInput, type Page } from '../../app/api';

export interface ClientListParams {
  limit: number;
  offset: number;
  q?: string;
}

export function listClients(params: ClientListParams, signal?: AbortSignal): Promise<Page<Client>> {
  const q = params.q?.trim();
  return callApi('get', '/api/v1/clients', { query: { limit: params.limit, offset: params.offset, ...(q ? { q } : {}) }, signal });
}

export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return callApi('get', '/api/v1/clients/{id}', { params: { id }, signal });
}

export function createClient(input: ClientInput): Promise<Client> {
  return callApi('post', '/api/v1/clients', { body: input });
}

export function updateClient(id: string, patch: Partial<ClientInput>): Promise<Client> {
  return callApi('patch', '/api/v1/clients/{id}', { params: { id }, body: patch });
}

export function deleteClient(id: string): Promise<void> {
  return callApi('delete', '/api/v1/clients/{id}', { params: { id } });
}
