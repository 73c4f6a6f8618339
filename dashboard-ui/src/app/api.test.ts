import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, callThrough, createApiClient, fillPath, toApiError, type ApiRequest } from './api';
import { createTokenStore } from './token-store';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('toApiError', () => {
  it('reads the hub error body', () => {
    const error = toApiError(409, { error: { code: 'CONFLICT', message: 'Client has sites', details: { sites: 2 } } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT', message: 'Client has sites', details: { sites: 2 } });
  });

  it('falls back to a code from the status when the body is not ours', () => {
    expect(toApiError(502, undefined).code).toBe('INTERNAL_ERROR');
    expect(toApiError(503, '<html>').code).toBe('SERVICE_UNAVAILABLE');
    expect(toApiError(401, {}).code).toBe('UNAUTHENTICATED');
    expect(toApiError(404, { error: 'nope' }).code).toBe('NOT_FOUND');
    expect(toApiError(418, null).code).toBe('BAD_RESPONSE');
  });

  it('uses the code as message when the message is missing', () => {
    expect(toApiError(400, { error: { code: 'VALIDATION_FAILED' } }).message).toBe('VALIDATION_FAILED');
  });
});

describe('buildUrl', () => {
  it('skips empty values and encodes the rest', () => {
    expect(buildUrl('', '/api/v1/sites', { q: 'a b', limit: 25, client_id: '', status: undefined, has_updates: false })).toBe(
      '/api/v1/sites?q=a+b&limit=25&has_updates=false',
    );
    expect(buildUrl('http://hub', '/x', undefined)).toBe('http://hub/x');
    expect(buildUrl('', '/x', new URLSearchParams({ a: '1' }))).toBe('/x?a=1');
  });
});

describe('createApiClient', () => {
  it('sends the bearer token and JSON body, and returns the parsed answer', async () => {
    const tokens = createTokenStore(memoryStorage({ 'retainer.token': 'jwt-1' }));
    const fetch = vi.fn(async () => jsonResponse(201, { id: 'c1' }));
    const request = createApiClient({ fetch, tokens });

    await expect(request('POST', '/api/v1/clients', { body: { name: 'Acme' } })).resolves.toEqual({ id: 'c1' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/clients');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"Acme"}');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer jwt-1', 'Content-Type': 'application/json' });
  });

  it('leaves the token out when auth is off', async () => {
    const tokens = createTokenStore(memoryStorage({ 'retainer.token': 'jwt-1' }));
    const fetch = vi.fn(async () => jsonResponse(200, { needs_setup: false }));
    await createApiClient({ fetch, tokens })('GET', '/api/v1/auth/setup-status', { auth: false });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('returns undefined for 204 No Content', async () => {
    const tokens = createTokenStore(memoryStorage({ 'retainer.token': 'jwt-1' }));
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await expect(createApiClient({ fetch, tokens })('DELETE', '/api/v1/clients/1')).resolves.toBeUndefined();
  });

  it('drops the token when the hub rejects it with 401', async () => {
    const storage = memoryStorage({ 'retainer.token': 'old' });
    const tokens = createTokenStore(storage);
    const onChange = vi.fn();
    tokens.subscribe(onChange);
    const fetch = vi.fn(async () => jsonResponse(401, { error: { code: 'UNAUTHENTICATED', message: 'Token expired' } }));

    await expect(createApiClient({ fetch, tokens })('GET', '/api/v1/auth/me')).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(tokens.get()).toBeNull();
    expect(storage.data.has('retainer.token')).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps the state alone for a wrong password (no token was sent)', async () => {
    const tokens = createTokenStore(memoryStorage());
    const onChange = vi.fn();
    tokens.subscribe(onChange);
    const fetch = vi.fn(async () =>
      jsonResponse(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' } }),
    );
    await expect(
      createApiClient({ fetch, tokens })('POST', '/api/v1/auth/login', { body: {}, auth: false }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into NETWORK_ERROR but lets aborts through', async () => {
    const tokens = createTokenStore(null);
    const offline = createApiClient({ fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), tokens });
    await expect(offline('GET', '/api/v1/sites')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });

    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const aborted = createApiClient({ fetch: vi.fn(async () => Promise.reject(abort)), tokens });
    await expect(aborted('GET', '/api/v1/sites')).rejects.toBe(abort);
  });

  it('reports a 200 with a body that is not JSON', async () => {
    const tokens = createTokenStore(null);
    const fetch = vi.fn(async () => new Response('<!doctype html>', { status: 200 }));
    await expect(createApiClient({ fetch, tokens })('GET', '/api/v1/sites')).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});

describe('fillPath', () => {
  it('fills and encodes the documented placeholders', () => {
    expect(fillPath('/api/v1/sites/{id}/maintenance-windows/{windowId}', { id: 'a/b', windowId: 'w 1' })).toBe(
      '/api/v1/sites/a%2Fb/maintenance-windows/w%201',
    );
    expect(fillPath('/api/v1/sites')).toBe('/api/v1/sites');
  });

  it('refuses to call a path with a missing or empty parameter', () => {
    expect(() => fillPath('/api/v1/sites/{id}', {})).toThrow(/id/);
    expect(() => fillPath('/api/v1/sites/{id}', { id: '' })).toThrow(/id/);
  });
});

describe('callThrough (the typed call behind callApi)', () => {
  it('sends the documented path filled in, the method in capitals, and only the options given', async () => {
    const calls: unknown[][] = [];
    const request = (async (...args: unknown[]) => {
      calls.push(args);
      return { items: [], total: 0, limit: 5, offset: 0, counts: { up: 0, down: 0, degraded: 0, unknown: 0, paused: 0 } };
    }) as ApiRequest;
    await callThrough(request, 'get', '/api/v1/uptime', { query: { limit: 5, status: 'down' } });
    await callThrough(request, 'post', '/api/v1/alert-channels/{id}/test', { params: { id: 'c 1' } });
    await callThrough(request, 'get', '/api/v1/auth/setup-status', { auth: false });
    expect(calls).toEqual([
      ['GET', '/api/v1/uptime', { query: { limit: 5, status: 'down' } }],
      ['POST', '/api/v1/alert-channels/c%201/test', {}],
      ['GET', '/api/v1/auth/setup-status', { auth: false }],
    ]);
  });

  it('refuses to send a request with a missing path parameter', () => {
    const request = (async () => undefined) as ApiRequest;
    expect(() => callThrough(request, 'delete', '/api/v1/alert-channels/{id}', {})).toThrow(/id/);
  });
});
