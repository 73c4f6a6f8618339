/**
 * Wording for the Email (SMTP) panel: how the hub connects, which addresses it sends from, and what a
 * test email's result means. Kept apart from the component so it can be tested without a browser.
 */
import { isApiError } from '../../app/api';
import { errorMessage } from '../../app/error-messages';
import type { EmailSettings, TestEmailResult } from './settings-api';

const PURPOSE_LABEL: Record<EmailSettings['senders'][number]['purpose'], string> = {
  reports: 'Client reports and test emails',
  alerts: 'Alerts',
  billing: 'Invoices and reminders',
};

export function senderLabel(purpose: EmailSettings['senders'][number]['purpose']): string {
  return PURPOSE_LABEL[purpose] ?? purpose;
}

/** "mail.example.net, port 465, TLS from the start, with a login" — never any credential (the hub does not send them). */
export function describeConnection(s: EmailSettings): string {
  if (!s.configured || !s.host) return 'Not set up: the hub sends no email.';
  const tls = s.secure ? 'TLS from the start' : 'STARTTLS when the server offers it';
  return `${s.host}, port ${s.port}, ${tls}, ${s.authenticated ? 'with a login' : 'without a login'}`;
}

// Deliberately loose: the hub checks the address; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An empty field is fine (the hub uses your own address); anything else must look like an address. */
export function validateRecipient(value: string): string | null {
  const v = value.trim();
  if (v === '' || EMAIL.test(v)) return null;
  return 'Enter an email address, or leave the field empty to send to yourself.';
}

export type TestOutcome = { ok: true; text: string } | { ok: false; text: string };

export function testSucceeded(result: TestEmailResult): TestOutcome {
  const reply = result.response ? ` The server answered “${result.response}”.` : '';
  return { ok: true, text: `Test email sent to ${result.to} from ${result.from}.${reply} Check that it arrived (and not in spam).` };
}

export function testFailed(error: unknown): TestOutcome {
  if (isApiError(error) && error.code === 'SMTP_FAILED') {
    return { ok: false, text: `${withStop(error.message)} Check SMTP_URL (host, port, login) in the hub’s environment.` };
  }
  if (isApiError(error) && error.code === 'SMTP_NOT_CONFIGURED') {
    return { ok: false, text: 'The hub has no SMTP server. Set SMTP_URL in its environment and restart it.' };
  }
  if (isApiError(error) && error.code === 'RATE_LIMITED') {
    return { ok: false, text: 'Too many test emails in the last minute. Wait a moment and try again.' };
  }
  return { ok: false, text: errorMessage(error) };
}

const withStop = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
