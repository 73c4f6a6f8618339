/**
 * The one HTTP client for the hub's `/api/v1`: wire types, JSON in/out, the error body, and the
 * 401 rule (a rejected token is dropped and the app goes back to sign-in). Feature folders call
 * `apiRequest` from their own `*-api.ts` files; nothing else in the app calls `fetch`.
 */
import type { paths } from './api-schema';
import { tokenStore, type TokenStore } from './token-store';

// ---------------------------------------------------------------------------------------------
// Wire types: derived from the hub's OpenAPI document (api-schema.d.ts, generated and checked by a
// unit test), so a changed hub schema is a type error here rather than a surprise in the browser.
// ---------------------------------------------------------------------------------------------

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiPath = keyof paths;
/** The methods a path documents. */
export type MethodOf<P extends ApiPath> = {
  [M in HttpMethod]: paths[P][M] extends { responses: unknown } ? M : never;
}[HttpMethod];
type Operation<P extends ApiPath, M extends MethodOf<P>> = NonNullable<paths[P][M]>;
type SuccessStatus = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
/** The JSON a successful call answers with (`undefined` for 204). */
export type ApiResponse<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, SuccessStatus>]> : never;
export type ApiBody<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** Query parameters; the hub fills in defaults, so every one is optional on this side. */
export type ApiQuery<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? ([Q] extends [never] ? never : Partial<NonNullable<Q>>) : never;
export type ApiPathParams<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: { path: infer A } } ? A : never;

type Item<T> = T extends { items: Array<infer I> } ? I : never;

export type User = ApiResponse<'/api/v1/auth/me', 'get'>;
export type Role = User['role'];
export type AuthResult = ApiResponse<'/api/v1/auth/login', 'post'>;
export type SetupStatus = ApiResponse<'/api/v1/auth/setup-status', 'get'>;

export type Client = ApiResponse<'/api/v1/clients/{id}', 'get'>;
/** The client form always sends every field. */
export type ClientInput = Required<ApiBody<'/api/v1/clients', 'post'>>;

export interface Page<T> {
  items: T[];
  total: number;
  limit?: number;
  offset?: number;
}

export type SiteSummary = Item<ApiResponse<'/api/v1/sites', 'get'>>;
export type SiteStatus = SiteSummary['status'];
export type UpdateCounts = SiteSummary['updates'];
export type SiteHealth = SiteSummary['health'];
export type UptimeState = SiteHealth['uptime'];
export type BackupVerdictState = SiteHealth['backup'];
export type SiteInput = ApiBody<'/api/v1/sites', 'post'>;
export type SiteDetail = ApiResponse<'/api/v1/sites/{id}', 'get'>;
export type Inventory = NonNullable<SiteDetail['inventory']>;
export type HealthStatus = Inventory['health']['status'];
export type InventoryPlugin = Inventory['plugins'][number];
export type InventoryTheme = Inventory['themes'][number];
export type InventoryTranslation = Inventory['translations'][number];
export type EnrollmentCode = ApiResponse<'/api/v1/sites/{id}/enrollment-code', 'post'>;

type ListedCommand = Item<ApiResponse<'/api/v1/sites/{id}/commands', 'get'>>;
type DeliveryField = 'expires_at' | 'sent_at' | 'delivery_attempts' | 'last_delivery_error';
/** A command; the delivery details are only in `GET /sites/:id/commands`, not in the create answer. */
export type Command = Omit<ListedCommand, DeliveryField> & Partial<Pick<ListedCommand, DeliveryField>>;
export type CommandStatus = Command['status'];

export type Health = ApiResponse<'/healthz', 'get'>;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** Codes the dashboard branches on. The hub may send others; they still reach the user as text. */
export type KnownErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'SETUP_TOKEN_INVALID'
  | 'INTERNAL_ERROR'
  | 'SERVICE_UNAVAILABLE';

/** Codes made up on this side when no error body came back. */
export type LocalErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the request never got an answer. */
    readonly status: number,
    /** Stable code from the hub's error body (or a local one, see `LocalErrorCode`). */
    readonly code: KnownErrorCode | LocalErrorCode | (string & {}),
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for errors that mean "the request was cancelled on purpose"; callers ignore these. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

/**
 * Turns a non-2xx answer into an ApiError. Reads the hub's `{ error: { code, message, details } }`
 * body and falls back to a code derived from the status when the body is missing or not ours
 * (a proxy's HTML page, an empty 502 …).
 */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as Record<string, unknown>;
      if (typeof code === 'string' && code.length > 0) {
        return new ApiError(
          status,
          code,
          typeof message === 'string' && message.length > 0 ? message : code,
          details,
        );
      }
    }
  }
  return new ApiError(status, fallbackCode(status), `The hub answered with HTTP ${status}.`);
}

function fallbackCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL_ERROR';
  return 'BAD_RESPONSE';
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue> | URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Send the stored token (default). Off for sign-in and first-run setup. */
  auth?: boolean;
}

export interface ApiClientDeps {
  fetch: typeof fetch;
  tokens: TokenStore;
  /** Prefix for every path; empty means "same origin as the dashboard". */
  baseUrl?: string;
}

export type ApiRequest = <T>(method: string, path: string, options?: RequestOptions) => Promise<T>;

export function buildUrl(
  baseUrl: string,
  path: string,
  query?: Record<string, QueryValue> | URLSearchParams,
): string {
  let search = '';
  if (query instanceof URLSearchParams) {
    search = query.toString();
  } else if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params.set(key, String(value));
    }
    search = params.toString();
  }
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

export function createApiClient({ fetch: fetchImpl, tokens, baseUrl = '' }: ApiClientDeps): ApiRequest {
  return async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const { query, body, signal, auth = true } = options;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = auth ? tokens.get() : null;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await fetchImpl(buildUrl(baseUrl, path, query), {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach the hub.');
    }

    const text = await response.text();
    let parsed: unknown = undefined;
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }

    if (!response.ok) {
      const error = toApiError(response.status, parsed);
      // A 401 on a request that carried our token means the token is no longer good: drop it so
      // the app shows sign-in. A 401 without a token (wrong password) is only the caller's business.
      if (response.status === 401 && token) tokens.clear();
      throw error;
    }
    if (text.length > 0 && parsed === undefined) {
      throw new ApiError(response.status, 'BAD_RESPONSE', 'The hub sent an answer the dashboard cannot read.');
    }
    return parsed as T;
  };
}

/** The app's client: same-origin requests (the hub serves the dashboard; Vite proxies in dev). */
export const apiRequest: ApiRequest = createApiClient({
  fetch: (input, init) => globalThis.fetch(input, init),
  tokens: tokenStore,
});

/** Fills `{name}` placeholders of a documented path; a missing value is a programming error. */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

export interface CallOptions<P extends ApiPath, M extends MethodOf<P>> {
  params?: ApiPathParams<P, M>;
  query?: ApiQuery<P, M> | URLSearchParams;
  body?: ApiBody<P, M>;
  signal?: AbortSignal | undefined;
  auth?: boolean;
}

/**
 * A call to a documented endpoint, typed from the OpenAPI document: `callApi('get',
 * '/api/v1/sites/{id}', { params: { id } })` answers with that route's response type.
 */
export function callApi<P extends ApiPath, M extends MethodOf<P>>(
  method: M,
  path: P,
  options: CallOptions<P, M> = {},
): Promise<ApiResponse<P, M>> {
  return callThrough(apiRequest, method, path, options);
}

/** `callApi` over any request function (tests pass a recording one). */
export function callThrough<P extends ApiPath, M extends MethodOf<P>>(
  request: ApiRequest,
  method: M,
  path: P,
  options: CallOptions<P, M> = {},
): Promise<ApiResponse<P, M>> {
  const { params, query, body, signal, auth } = options;
  return request<ApiResponse<P, M>>(method.toUpperCase(), fillPath(path, params as Record<string, string> | undefined), {
    ...(query !== undefined ? { query: query as RequestOptions['query'] } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(signal ? { signal } : {}),
    ...(auth !== undefined ? { auth } : {}),
  });
}

/**
 * A raw authenticated request for answers that are not JSON: the report preview (HTML), PDFs and
 * CSV downloads, and the update-run progress stream (read with a ReadableStream, since
 * EventSource cannot send the bearer header). Same token and 401 rule as `apiRequest`.
 */
export async function apiFetch(path: string, init: { signal?: AbortSignal; headers?: Record<string, string>; query?: Record<string, QueryValue> } = {}): Promise<Response> {
  const token = tokenStore.get();
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await globalThis.fetch(buildUrl('', path, init.query), { headers, signal: init.signal ?? null });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach the hub.');
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (response.status === 401 && token) tokenStore.clear();
    throw toApiError(response.status, body);
  }
  return response;
}
