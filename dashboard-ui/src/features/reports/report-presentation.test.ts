import { describe, expect, it } from 'vitest';
import { availableActions, isEditable, monthLabel, previousMonth, reportStatusView, shiftMonth, validateBranding } from './report-presentation';

describe('reportStatusView', () => {
  it('puts a failed delivery first, even on a report that was sent before', () => {
    expect(reportStatusView({ status: 'sent', delivery_failed: true, delivery: null })).toEqual({ label: 'Delivery failed', tone: 'error' });
    expect(reportStatusView({ status: 'failed', delivery_failed: false, delivery: null }).tone).toBe('error');
    expect(reportStatusView({ status: 'needs_approval', delivery_failed: false, delivery: null }).label).toBe('Needs approval');
    expect(reportStatusView({ status: 'sent', delivery_failed: false, delivery: null }).label).toBe('Sent');
  });
});

describe('availableActions', () => {
  it('offers approve before sending, send again after, and retry after a failure', () => {
    expect(availableActions({ status: 'needs_approval', delivery_failed: false })).toEqual(['approve', 'regenerate']);
    expect(availableActions({ status: 'failed', delivery_failed: true })).toEqual(['send']);
    expect(availableActions({ status: 'sent', delivery_failed: false })).toEqual(['resend']);
    expect(isEditable({ status: 'sent' })).toBe(false);
    expect(isEditable({ status: 'needs_approval' })).toBe(true);
  });
});

describe('months', () => {
  it('finds the previous month across a year boundary', () => {
    expect(previousMonth(new Date('2026-01-15T10:00:00Z'))).toBe('2025-12');
    expect(previousMonth(new Date('2026-03-31T23:00:00Z'))).toBe('2026-02');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-01', -13)).toBe('2024-12');
    expect(monthLabel('2026-02', 'en')).toBe('February 2026');
  });
});

describe('validateBranding', () => {
  const ok = { business_name: 'Ana Web', logo: '', accent_color: '#1d4ed8', reply_to: '', footer: '' };
  it('accepts an https logo or a raster data URL and refuses SVG and bad colours', () => {
    expect(validateBranding(ok)).toEqual({});
    expect(validateBranding({ ...ok, logo: 'https://ana.example/logo.png' })).toEqual({});
    expect(validateBranding({ ...ok, logo: 'data:image/png;base64,iVBORw0KGgo=' })).toEqual({});
    expect(validateBranding({ ...ok, logo: 'data:image/svg+xml;base64,PHN2Zz4=' }).logo).toBeDefined();
    expect(validateBranding({ ...ok, logo: 'http://ana.example/logo.png' }).logo).toBeDefined();
    expect(validateBranding({ ...ok, accent_color: 'blue' }).accent_color).toBeDefined();
    expect(validateBranding({ ...ok, reply_to: 'not-an-email' }).reply_to).toBeDefined();
  });
});

describe('rowsPerClient', () => {
  it('lists every client once: with its report, or without one yet', async () => {
    const { rowsPerClient } = await import('./report-presentation');
    const rows = rowsPerClient([{ client_id: 'b', id: 'r1' }], [{ id: 'c', name: 'Zeta' }, { id: 'b', name: 'Beta' }, { id: 'a', name: 'Alpha' }]);
    expect(rows).toEqual([{ report: { client_id: 'b', id: 'r1' } }, { client: { id: 'a', name: 'Alpha' } }, { client: { id: 'c', name: 'Zeta' } }]);
  });
});
