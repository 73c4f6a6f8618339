import { describe, expect, it } from 'vitest';
import { todayIso, validateEntry, type EntryForm } from './entry-form';

const base: EntryForm = { client_id: 'c1', site_id: '', work_date: '2026-02-28', duration: '1h15', kind: 'work', description: ' Fixed the contact form ' };

describe('validateEntry', () => {
  it('builds the body with minutes, a trimmed description and no site', () => {
    expect(validateEntry(base)).toEqual({ errors: {}, value: { client_id: 'c1', site_id: null, work_date: '2026-02-28', minutes: 75, kind: 'work', description: 'Fixed the contact form' } });
    expect(validateEntry({ ...base, site_id: 's1', kind: 'repair' }).value).toMatchObject({ site_id: 's1', kind: 'repair' });
  });
  it('refuses impossible dates, zero or over a day, and an empty description', () => {
    const { value, errors } = validateEntry({ ...base, client_id: '', work_date: '2026-02-30', duration: '0', description: '  ' });
    expect(value).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['client_id', 'description', 'duration', 'work_date']);
    expect(validateEntry({ ...base, duration: '25h' }).errors.duration).toBeDefined();
  });
  it('formats today as a local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
