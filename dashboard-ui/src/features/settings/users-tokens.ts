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

export type RoleChange = { to: 'owner' | 'technician'; action: string; question: string; consequence: string };

/**
 * The role change the signed-in owner is offered for a user, or null: not for someone who has not
 * joined yet (the hub refuses it), and not for yourself (another owner does that, so nobody locks
 * themselves out of the owner screens by a slip).
 */
export function roleChangeFor(target: { id: string; email: string; role: string; status: string }, me: { id: string }): RoleChange | null {
  if (target.status !== 'active' || target.id === me.id) return null;
  if (target.role === 'owner') {
    return {
      to: 'technician',
      action: 'Make technician',
      question: `Make ${target.email} a technician?`,
      consequence: 'They keep working on sites, updates and the work log, but lose billing, users and settings at once, also in sessions already open.',
    };
  }
  return {
    to: 'owner',
    action: 'Make owner',
    question: `Make ${target.email} an owner?`,
    consequence: 'Owners see and change everything: billing, invoices, users, settings, and can remove other owners. It applies at once.',
  };
}

/** The invite token from an invite link's fragment (`/invite#token=…`); empty when missing. */
export function inviteTokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}
