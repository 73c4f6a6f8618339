/** Pure rules behind the users and API tokens panels (tested without a browser). */

export interface TokenLike {
  expires_at: string | null;
  expired: boolean;
}

/** The token's expiry in words: "Never", "Expired" or the date. */
export function tokenExpiryLabel(token: TokenLike, format: (iso: string) => string = (iso) => iso.slice(0, 10)): string {
  if (token.expired) return 'Expired';
  return token.expires_at ? format(token.expires_at) : 'Never';
}

/** Checks the create-token form; returns the problem to show, or the body to send. */
export function parseTokenForm(name: string, expiresInDays: string): { problem: string } | { body: { name: string; expires_in_days?: number } } {
  const trimmed = name.trim();
  if (trimmed === '') return { problem: 'Give the token a name, e.g. the script that will use it.' };
  if (trimmed.length > 100) return { problem: 'The name is at most 100 characters.' };
  if (expiresInDays.trim() === '') return { body: { name: trimmed } };
  const days = Number(expiresInDays);
  if (!Number.isInteger(days) || days < 1 || days > 365) return { problem: 'Expiry is a whole number of days from 1 to 365, or empty for none.' };
  return { body: { name: trimmed, expires_in_days: days } };
}

/** Why a user cannot be removed by the signed-in owner, or null when they can. */
export function removalBlocker(target: { id: string; role: string }, me: { id: string }, owners: number): string | null {
  if (target.id === me.id) return 'You cannot remove yourself.';
  if (target.role === 'owner' && owners <= 1) return 'The hub must keep at least one owner.';
  return null;
}

/** The invite token from an invite link's fragment (`/invite#token=…`); empty when missing. */
export function inviteTokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}
