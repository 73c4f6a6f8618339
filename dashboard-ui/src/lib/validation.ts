/** Form checks done before a request is sent. The hub validates again; these only save a round trip. */

/** Something@something.tld without spaces; the hub has the final word. */
export function isPlausibleEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export const MIN_PASSWORD_LENGTH = 10;

export interface PasswordCheck {
  password: string;
  confirm: string;
}

/** The first problem with a new password, or null when it is acceptable. */
export function newPasswordProblem({ password, confirm }: PasswordCheck): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters for the password.`;
  }
  if (password !== confirm) return 'The two passwords are not the same.';
  return null;
}
