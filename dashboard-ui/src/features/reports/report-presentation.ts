/** Report wording and the rules for which actions a report offers, kept pure for tests. */
import type { BadgeTone } from '../../components/StatusBadge';
import type { ReportAction, ReportSummary } from './reports-api';

export interface StatusView {
  label: string;
  tone: BadgeTone;
}

/** The status the freelancer cares about: a failed delivery wins over everything else. */
export function reportStatusView(report: Pick<ReportSummary, 'status' | 'delivery_failed' | 'delivery'>): StatusView {
  if (report.status === 'failed' || report.delivery_failed) return { label: 'Delivery failed', tone: 'error' };
  switch (report.status) {
    case 'needs_approval':
      return { label: 'Needs approval', tone: 'warning' };
    case 'approved':
      return { label: report.delivery?.status === 'pending' ? 'Sending' : 'Approved', tone: 'info' };
    case 'sent':
      return { label: 'Sent', tone: 'success' };
  }
  return { label: report.status, tone: 'neutral' };
}

/** Actions that make sense for a report in its current state, most important first. */
export function availableActions(report: Pick<ReportSummary, 'status' | 'delivery_failed'>): ReportAction[] {
  switch (report.status) {
    case 'needs_approval':
      return ['approve', 'regenerate'];
    case 'approved':
      return report.delivery_failed ? ['send'] : ['send', 'regenerate'];
    case 'failed':
      return ['send'];
    case 'sent':
      return ['resend'];
  }
  return [];
}

export const ACTION_LABELS: Record<ReportAction, string> = {
  approve: 'Approve and send',
  send: 'Send now',
  resend: 'Send again',
  regenerate: 'Recompute figures',
};

/** Whether the note and planned work can still be changed (the hub refuses once sent). */
export function isEditable(report: Pick<ReportSummary, 'status'>): boolean {
  return report.status === 'needs_approval' || report.status === 'approved';
}

/** The month before `now`'s month, as YYYY-MM: the month the report on the 1st covers. */
export function previousMonth(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function monthLabel(month: string, locale?: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale ?? 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export interface BrandingErrors {
  business_name?: string;
  logo?: string;
  accent_color?: string;
  reply_to?: string;
  footer?: string;
}

/** Mirrors the hub's branding rules so mistakes show next to the field before saving. */
export function validateBranding(input: { business_name: string; logo: string; accent_color: string; reply_to: string; footer: string }): BrandingErrors {
  const errors: BrandingErrors = {};
  if (input.business_name.length > 200) errors.business_name = 'Use at most 200 characters.';
  const logo = input.logo.trim();
  if (logo !== '' && !/^(https:\/\/[^\s"<>]+|data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2})$/.test(logo)) errors.logo = 'Use an https:// address or a PNG, JPEG or GIF image.';
  else if (logo.length > 140_000) errors.logo = 'This image is too large; use one under about 100 KB.';
  if (!/^#[0-9a-fA-F]{6}$/.test(input.accent_color)) errors.accent_color = 'Use a colour like #1d4ed8.';
  if (input.reply_to.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.reply_to.trim())) errors.reply_to = 'Enter an email address, or leave it empty.';
  if (input.footer.length > 2000) errors.footer = 'Use at most 2000 characters.';
  return errors;
}

export interface ClientRef {
  id: string;
  name: string;
}

/**
 * One row per client for the month: its report when there is one, otherwise the client alone
 * (no report made yet), so the month shows every client's state. Reports first in the hub's
 * order, then the clients without one by name.
 */
export function rowsPerClient<R extends { client_id: string }>(reports: R[], clients: ClientRef[]): Array<{ report: R } | { client: ClientRef }> {
  const withReport = new Set(reports.map((r) => r.client_id));
  const missing = clients.filter((c) => !withReport.has(c.id)).sort((a, b) => a.name.localeCompare(b.name));
  return [...reports.map((report) => ({ report })), ...missing.map((client) => ({ client }))];
}
