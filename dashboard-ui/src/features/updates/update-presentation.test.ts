import { describe, expect, it } from 'vitest';
import { explainReason, versionChange } from './update-presentation';

describe('explainReason', () => {
  it('explains a rollback in plain words and keeps the agent’s evidence', () => {
    const text = explainReason('SITE_BROKEN', 'Home page answered HTTP 500 after the update');
    expect(text).toMatch(/previous version was restored/);
    expect(text).toMatch(/Details: Home page answered HTTP 500/);
  });
  it('falls back to the hub’s text, then to the code, and says nothing without either', () => {
    expect(explainReason('SOMETHING_NEW', 'Disk full')).toBe('Disk full');
    expect(explainReason('SOMETHING_NEW', null)).toBe('Reason: SOMETHING_NEW.');
    expect(explainReason(null, null)).toBeNull();
    expect(explainReason('HELD', null)).toMatch(/hold/);
  });
});

describe('versionChange', () => {
  it('shows from → to when both are known', () => {
    expect(versionChange('1.0', '1.1')).toBe('1.0 → 1.1');
    expect(versionChange(null, '1.1')).toBe('1.1');
    expect(versionChange(null, null)).toBe('—');
  });
});
