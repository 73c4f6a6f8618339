/** The quick time-entry form: what was typed → the hub's body, with messages per field. */
import { parseDuration } from '../plans/money';
import type { TimeEntryInput, TimeEntryKind } from './worklog-api';

export interface EntryForm {
  client_id: string;
  site_id: string;
  work_date: string;
  duration: string;
  kind: TimeEntryKind;
  description: string;
}

export type EntryFormErrors = Partial<Record<keyof EntryForm, string>>;

export const KIND_LABELS: Record<TimeEntryKind, string> = { work: 'Support work', restore: 'Backup restore', repair: 'Repair' };

export function todayIso(now: Date): string {
  const y = now.getFullYear();
  return `${y}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function validateEntry(form: EntryForm): { value: TimeEntryInput | null; errors: EntryFormErrors } {
  const errors: EntryFormErrors = {};
  if (!form.client_id) errors.client_id = 'Choose the client.';
  if (!isRealDate(form.work_date)) errors.work_date = 'Choose the day the work was done.';
  const minutes = parseDuration(form.duration);
  if (minutes === null || minutes < 1 || minutes > 1440) errors.duration = 'Enter the time spent, e.g. 30, 1h15 or 1:15 (at most 24 h).';
  const description = form.description.trim();
  if (description === '' || description.length > 2000) errors.description = 'Say what was done (at most 2000 characters).';
  if (Object.keys(errors).length > 0) return { value: null, errors };
  return {
    errors,
    value: { client_id: form.client_id, site_id: form.site_id || null, work_date: form.work_date, minutes: minutes!, kind: form.kind, description },
  };
}
