import { describe, expect, it } from 'vitest';
import type { Command } from '../../app/api';
import {
  canSync,
  commandPollDelay,
  describeCommandProgress,
  describeUpdates,
  isCommandFinished,
  summarizeResult,
  updatesFirst,
} from './site-presentation';

const NOW = Date.parse('2026-11-22T12:00:00Z');
function command(patch: Partial<Command>): Command {
  return {
    command_id: 'c1',
    type: 'sync',
    status: 'pending',
    created_at: new Date(NOW - 10_000).toISOString(),
    finished_at: null,
    result: null,
    ...patch,
  };
}

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

describe('describeCommandProgress', () => {
  it('shows the outcome of finished commands', () => {
    expect(describeCommandProgress(command({ status: 'done', result: { message: 'Report sent' } }))).toBe('Report sent');
    expect(describeCommandProgress(command({ status: 'expired' }))).toMatch(/did not pick this up/);
  });

  it('makes a failed delivery visible while the command waits', () => {
    expect(
      describeCommandProgress(command({ status: 'pending', delivery_attempts: 3, last_delivery_error: 'TypeError: fetch failed' })),
    ).toBe('The hub could not reach the site after 3 tries (TypeError: fetch failed). The site gets it with its next report.');
    expect(describeCommandProgress(command({ status: 'pending' }))).toBe('Waiting to be delivered.');
    expect(describeCommandProgress(command({ status: 'sent' }))).toBe('Waiting for the site to answer.');
  });
});

describe('commandPollDelay', () => {
  it('stops when everything is finished', () => {
    expect(commandPollDelay([], NOW)).toBeNull();
    expect(commandPollDelay([command({ status: 'done' })], NOW)).toBeNull();
  });

  it('polls fast right after a request and slowly for old waiting commands', () => {
    expect(commandPollDelay([command({})], NOW)).toBe(4_000);
    expect(commandPollDelay([command({ created_at: new Date(NOW - 10 * 60_000).toISOString() })], NOW)).toBe(30_000);
  });
});
