import { apiRequest, type AuthResult, type SetupStatus, type User } from '../../app/api';

export function fetchSetupStatus(signal?: AbortSignal): Promise<SetupStatus> {
  return apiRequest<SetupStatus>('GET', '/api/v1/auth/setup-status', { auth: false, ...(signal ? { signal } : {}) });
}

export function completeSetup(input: { token: string; email: string; password: string }): Promise<AuthResult> {
  return apiRequest<AuthResult>('POST', '/api/v1/auth/setup', { body: input, auth: false });
}

export function signInWithPassword(input: { email: string; password: string }): Promise<AuthResult> {
  return apiRequest<AuthResult>('POST', '/api/v1/auth/login', { body: input, auth: false });
}

export function fetchCurrentUser(signal?: AbortSignal): Promise<User> {
  return apiRequest<User>('GET', '/api/v1/auth/me', signal ? { signal } : {});
}
