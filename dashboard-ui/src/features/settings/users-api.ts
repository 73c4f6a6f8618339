import { callApi, type ApiBody, type ApiResponse } from '../../app/api';

export type UserList = ApiResponse<'/api/v1/users', 'get'>;
export type HubUser = UserList['items'][number];
export type InvitedUser = ApiResponse<'/api/v1/users', 'post'>;
export type ApiTokenList = ApiResponse<'/api/v1/tokens', 'get'>;
export type ApiToken = ApiTokenList['items'][number];
export type NewApiToken = ApiBody<'/api/v1/tokens', 'post'>;
export type CreatedApiToken = ApiResponse<'/api/v1/tokens', 'post'>;

export function listUsers(signal?: AbortSignal): Promise<UserList> {
  return callApi('get', '/api/v1/users', { signal });
}

export function inviteTechnician(email: string): Promise<InvitedUser> {
  return callApi('post', '/api/v1/users', { body: { email, role: 'technician' } });
}

export function changeRole(id: string, role: HubUser['role']): Promise<HubUser> {
  return callApi('patch', '/api/v1/users/{id}', { params: { id }, body: { role } });
}

export function removeUser(id: string): Promise<void> {
  return callApi('delete', '/api/v1/users/{id}', { params: { id } });
}

export function listApiTokens(signal?: AbortSignal): Promise<ApiTokenList> {
  return callApi('get', '/api/v1/tokens', { signal });
}

export function createApiToken(input: NewApiToken): Promise<CreatedApiToken> {
  return callApi('post', '/api/v1/tokens', { body: input });
}

export function revokeApiToken(id: string): Promise<void> {
  return callApi('delete', '/api/v1/tokens/{id}', { params: { id } });
}

export function renewInvite(id: string): Promise<InvitedUser> {
  return callApi('post', '/api/v1/users/{id}/invite', { params: { id } });
}
