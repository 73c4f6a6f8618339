import { describe, expect, it } from 'vitest';
import { canSync, describeUpdates, isCommandFinished, summarizeResult, updatesFirst } from './site-presentation';

describe('describeUpdates', () => {
  it('lists what is waiting, with singular and plural', () => {
    expect(describeUpdates({ core: 1, plugins: 2, themes: 1, translations: 0, total: 4 })).toBe(
      'WordPress core, 2 plugins, 1 theme',
    );
    expect(describeUpdates({ core: 0, plugins: 1, themes: 0, translations: 3, total: 4 })).toBe(
      '1 plugin, 3 translations',
    );
    expect(describeUpdates({ core: 0, plugins: 0, themes: 0, translations: 0, total: 0 })).toBe('');
  });
});

describe('updatesFirst', () => {
  it('puts items with an update first, then sorts by name, without mutating', () => {
    const items = [
      { name: 'Yoast SEO', update_version: null },
      { name: 'akismet', update_version: '5.3' },
      { name: 'Contact Form 7', update_version: null },
      { name: 'WooCommerce', update_version: '9.0.1' },
    ];
    expect(updatesFirst(items).map((i) => i.name)).toEqual(['akismet', 'WooCommerce', 'Contact Form 7', 'Yoast SEO']);
    expect(items[0]?.name).toBe('Yoast SEO');
  });
});

describe('command and site rules', () => {
  it('knows which command states are final', () => {
    expect(isCommandFinished('pending')).toBe(false);
    expect(isCommandFinished('sent')).toBe(false);
    expect(isCommandFinished('done')).toBe(true);
    expect(isCommandFinished('failed')).toBe(true);
    expect(isCommandFinished('expired')).toBe(true);
  });

  it('only syncs connected sites', () => {
    expect(canSync('connected')).toBe(true);
    expect(canSync('pending')).toBe(false);
    expect(canSync('revoked')).toBe(false);
  });
});

describe('summarizeResult', () => {
  it('prefers a message field, then falls back to compact JSON', () => {
    expect(summarizeResult(null)).toBe('');
    expect(summarizeResult('ok')).toBe('ok');
    expect(summarizeResult({ message: 'Report sent', report_id: 'x' })).toBe('Report sent');
    expect(summarizeResult({ error: 'timeout' })).toBe('timeout');
    expect(summarizeResult({ status: 'failed', error: { code: 'X', message: 'Could not read plugins' } })).toBe(
      'Could not read plugins',
    );
    expect(summarizeResult({ report_id: 'abc' })).toBe('{"report_id":"abc"}');
    expect(summarizeResult('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
