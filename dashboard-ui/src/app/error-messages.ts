/**
 * What to tell the user when something fails. Branches on the hub's stable error codes, never on
 * its message text; a screen can pass its own wording for codes that mean something specific
 * there (for example CONFLICT when deleting a client that still has sites).
 */
import { isApiError } from './api';

export type ErrorMessages = Partial<Record<string, string>>;

const DEFAULT_MESSAGES: Record<string, string> = {
  NETWORK_ERROR:
    'Could not reach the hub. Check your connection and that the hub is running, then try again.',
  BAD_RESPONSE: 'The hub sent an answer the dashboard did not expect. Try again in a moment.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  INVALID_CREDENTIALS: 'That email and password do not match an account on this hub.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  SETUP_TOKEN_INVALID:
    'This setup link is not valid any more. Use the newest setup link printed in the hub’s log, or sign in if the owner account already exists.',
  NOT_FOUND: 'This item does not exist any more. It may have been deleted.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
  INTERNAL_ERROR:
    'The hub ran into an unexpected error. Try again; if it keeps happening, check the hub’s log.',
  SERVICE_UNAVAILABLE: 'The hub is not ready right now (its database may be unavailable). Try again in a moment.',
  SMTP_NOT_CONFIGURED:
    'The hub has no email server to send with. Set SMTP_URL in the hub’s environment and restart it (Settings → Email shows the current state).',
  PAYLOAD_TOO_LARGE: 'That is more than the hub accepts in one request. Use a smaller file or shorter text.',
  MALFORMED_JSON: 'The hub could not read what the dashboard sent. Reload the page and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'The hub could not read what the dashboard sent. Reload the page and try again.',
};

/** Codes whose server message is specific enough to show as is (after a short lead-in). */
const SHOW_SERVER_MESSAGE: Record<string, string> = {
  VALIDATION_FAILED: 'Please check the form',
  CONFLICT: 'This cannot be done right now',
  // The mail server's own answer (authentication failed, connection refused…) is what helps here.
  SMTP_FAILED: 'The email server did not take the message',
};

export function errorMessage(error: unknown, overrides: ErrorMessages = {}): string {
  if (isApiError(error)) {
    const override = overrides[error.code];
    if (override) return override;
    const known = DEFAULT_MESSAGES[error.code];
    if (known) return known;
    const leadIn = SHOW_SERVER_MESSAGE[error.code];
    if (leadIn) return `${leadIn}: ${withFinalStop(error.message)}`;
    return withFinalStop(error.message);
  }
  if (error instanceof Error && error.message) return `Something went wrong: ${withFinalStop(error.message)}`;
  return 'Something went wrong. Please try again.';
}

/** True when retrying the same request later could succeed (worth a "Try again" button). */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status === 429 || error.status >= 500 || error.code === 'BAD_RESPONSE';
}

function withFinalStop(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'No details were given.';
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
