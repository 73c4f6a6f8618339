import { describe, expect, it } from 'vitest';
import { hashEnrollmentCode, newEnrollmentCode, normalizeEnrollmentCode } from './enrollment-codes.js';

describe('enrollment codes', () => {
  it('look like RTN-XXXX-XXXX-XXXX without ambiguous letters and do not repeat', () => {
    const codes = new Set(Array.from({ length: 2000 }, newEnrollmentCode));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^RTN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
  it('hash the same however a person types them', () => {
    const h = hashEnrollmentCode('RTN-7K2Q-9XWD-M4TB');
    expect(hashEnrollmentCode('rtn 7k2q 9xwd m4tb')).toBe(h);
    expect(hashEnrollmentCode('7K2Q9XWDM4TB')).toBe(h);
    expect(normalizeEnrollmentCode('RTN-0O1I-L000-0000')).toBe('001110000000');
    expect(hashEnrollmentCode('RTN-7K2Q-9XWD-M4TC')).not.toBe(h);
  });
});
