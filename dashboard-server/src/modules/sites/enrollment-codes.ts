import { createHash, randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: codes are read from a screen and typed by people.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LEN = 4;

/** A fresh code like `RTN-7K2Q-9XWD-M4TB` (60 random bits). */
export function newEnrollmentCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let s = '';
    for (let i = 0; i < GROUP_LEN; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return `RTN-${groups.join('-')}`;
}

/** Case, spaces, dashes and the optional prefix do not matter; look-alike letters map to digits. */
export function normalizeEnrollmentCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^RTN/, '')
    .replace(/[OI L]/g, (c) => (c === 'O' ? '0' : '1'));
}

export function hashEnrollmentCode(code: string): string {
  return createHash('sha256').update(`retainer-enroll:${normalizeEnrollmentCode(code)}`).digest('hex');
}
