import { callApi, type AuthResult, type SetupStatus, type User } from '../../app/api';

export function fetchSetupStatus(signal?: AbortSignal): Promise<SetupStatus> {
  return callApi('get', '/api/v1/auth/setup-status', { auth: false, signal });
}

export function completeSetup(input: { token: string; email: string; password: string }): Promise<AuthResult> {
  return callApi('post', '/api/v1/auth/setup', { body: input, auth: false });
}

export function signInWithPassword(input: { email: string; password: string }): Promise<AuthResult> {
  return callApi('post', '/api/v1/auth/login', { body: input, auth: false });
}

export function fetchCurrentUser(signal?: AbortSignal): Promise<User> {
  return callApi('get', '/api/v1/auth/me', { signal });
}
