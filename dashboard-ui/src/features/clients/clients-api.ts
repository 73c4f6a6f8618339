import { apiRequest, type Client, type ClientInput, type Page } from '../../app/api';

const base = '/api/v1/clients';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export interface ClientListParams {
  limit: number;
  offset: number;
  q?: string;
}

export function listClients(params: ClientListParams, signal?: AbortSignal): Promise<Page<Client>> {
  return apiRequest('GET', base, { query: { limit: params.limit, offset: params.offset, q: params.q?.trim() }, signal });
}

export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest('GET', one(id), { signal });
}

export function createClient(input: ClientInput): Promise<Client> {
  return apiRequest('POST', base, { body: input });
}

export function updateClient(id: string, patch: Partial<ClientInput>): Promise<Client> {
  return apiRequest('PATCH', one(id), { body: patch });
}

export function deleteClient(id: string): Promise<void> {
  return apiRequest('DELETE', one(id));
}
