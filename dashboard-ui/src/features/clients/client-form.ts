/** Rules for the client form, kept pure so they are tested without a browser. */
import type { ClientInput } from '../../app/api';
import { isPlausibleEmail } from '../../lib/validation';

/** Languages the monthly report is translated into. The hub stores the code. */
export const LOCALES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
  { value: 'it', label: 'Italian' },
];

/** The locale choices for a select, keeping an unusual saved value selectable. */
export function localeOptions(current: string): Array<{ value: string; label: string }> {
  if (current === '' || LOCALES.some((l) => l.value === current)) return [...LOCALES];
  return [...LOCALES, { value: current, label: current }];
}

export function localeLabel(code: string): string {
  return LOCALES.find((l) => l.value === code)?.label ?? code;
}

export type ClientFormErrors = Partial<Record<keyof ClientInput, string>>;

export function validateClient(input: ClientInput): { value: ClientInput; errors: ClientFormErrors } {
  const value: ClientInput = {
    name: input.name.trim(),
    contact_email: input.contact_email.trim(),
    locale: input.locale.trim(),
  };
  const errors: ClientFormErrors = {};
  if (value.name === '') errors.name = 'Enter the client’s name.';
  else if (value.name.length > 200) errors.name = 'Use at most 200 characters.';
  if (!isPlausibleEmail(value.contact_email)) errors.contact_email = 'Enter an email address, for example ana@example.com.';
  if (value.locale === '') errors.locale = 'Choose a language.';
  return { value, errors };
}

/** Only the fields that changed, for PATCH. */
export function changedFields(before: ClientInput, after: ClientInput): Partial<ClientInput> {
  const patch: Partial<ClientInput> = {};
  if (before.name !== after.name) patch.name = after.name;
  if (before.contact_email !== after.contact_email) patch.contact_email = after.contact_email;
  if (before.locale !== after.locale) patch.locale = after.locale;
  return patch;
}
