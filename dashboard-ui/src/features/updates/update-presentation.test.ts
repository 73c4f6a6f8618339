import { describe, expect, it } from 'vitest';
import { explainReason, runStatusView, versionChange } from './update-presentation';

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

describe('cancelled runs', () => {
  it('explains a cancelled item without repeating the hub’s own words', () => {
    expect(explainReason('CANCELLED', 'The run was cancelled before this site was updated')).toBe(
      'The run was cancelled before this site’s turn; nothing was sent to the site and nothing changed on it.',
    );
  });
  it('shows an open run with a pending cancel as cancelling, and an ended one as cancelled', () => {
    expect(runStatusView({ status: 'running', cancel_requested_at: '2026-01-01T00:00:30Z' })).toEqual({ label: 'Cancelling', tone: 'warning' });
    expect(runStatusView({ status: 'running', cancel_requested_at: null }).label).toBe('Running');
    expect(runStatusView({ status: 'cancelled', cancel_requested_at: '2026-01-01T00:00:30Z' }).label).toBe('Cancelled');
    expect(runStatusView({ status: 'done', cancel_requested_at: null }).label).toBe('Finished');
  });
});
