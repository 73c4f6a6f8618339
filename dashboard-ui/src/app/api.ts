/**
 * The one HTTP client for the hub's `/api/v1`: wire types, JSON in/out, the error body, and the
 * 401 rule (a rejected token is dropped and the app goes back to sign-in). Feature folders call
 * `apiRequest` from their own `*-api.ts` files; nothing else in the app calls `fetch`.
 */
import { tokenStore, type TokenStore } from './token-store';

// ---------------------------------------------------------------------------------------------
// Wire types (snake_case, exactly as the hub sends them)
// ---------------------------------------------------------------------------------------------

export type Role = string;

export interface User {
  id: string;
  email: string;
  role: Role;
}

export interface AuthResult {
  token: string;
  user: User;
}

export interface SetupStatus {
  needs_setup: boolean;
}

export interface Client {
  id: string;
  name: string;
  contact_email: string;
  locale: string;
  site_count: number;
  created_at: string;
}

export interface ClientInput {
  name: string;
  contact_email: string;
  locale: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit?: number;
  offset?: number;
}

export type SiteStatus = 'pending' | 'connected' | 'revoked';

export interface UpdateCounts {
  core: number;
  plugins: number;
  themes: number;
  translations: number;
  total: number;
}

export interface SiteSummary {
  id: string;
  client_id: string;
  client_name: string;
  label: string;
  url: string;
  status: SiteStatus;
  wp_version: string | null;
  php_version: string | null;
  agent_version: string | null;
  last_report_at: string | null;
  updates: UpdateCounts;
  created_at: string;
}

export interface SiteInput {
  client_id: string;
  url: string;
  label: string;
}

export type HealthStatus = 'good' | 'recommended' | 'critical' | 'unknown';

export interface InventoryPlugin {
  file: string;
  name: string;
  version: string;
  active: boolean;
  network_active: boolean;
  auto_update: boolean;
  update_version: string | null;
}

export interface InventoryTheme {
  stylesheet: string;
  name: string;
  version: string;
  active: boolean;
  auto_update: boolean;
  update_version: string | null;
}

export interface InventoryTranslation {
  type: string;
  slug: string;
  language: string;
  version: string;
}

export interface Inventory {
  report_id: string;
  generated_at: string;
  received_at: string;
  core: { version: string; update_version: string | null; locale: string; multisite: boolean };
  environment: {
    php_version: string;
    db_server: string;
    db_version: string | null;
    web_server: string;
    commands_url: string;
  };
  plugins: InventoryPlugin[];
  themes: InventoryTheme[];
  translations: InventoryTranslation[];
  health: {
    status: HealthStatus;
    good: number;
    recommended: number;
    critical: number;
    checked_at: string | null;
  };
}

export interface SiteDetail extends SiteSummary {
  enrollment: { active_code_expires_at: string | null; enrolled_at: string | null };
  inventory: Inventory | null;
}

export interface EnrollmentCode {
  code: string;
  expires_at: string;
  /** The hub's public address (HUB_PUBLIC_URL), to paste into the plugin with the code. */
  hub_url: string;
}

export type CommandStatus = 'pending' | 'sent' | 'done' | 'failed' | 'expired';

export interface Command {
  command_id: string;
  type: string;
  status: CommandStatus;
  created_at: string;
  finished_at: string | null;
  result: unknown;
  /** Delivery details; present on `GET /sites/:id/commands`. */
  expires_at?: string;
  sent_at?: string | null;
  delivery_attempts?: number;
  last_delivery_error?: string | null;
}

export interface Health {
  status: string;
  database: string;
}

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
