import { describe, expect, it } from 'vitest';
import type { Command } from '../../app/api';
import type { VerdictEvent } from '../backups/backups-api';
import type { Incident } from '../uptime/uptime-api';
import { recentEvents } from './recent-events';

const site = { id: 's1', created_at: '2026-11-01T10:00:00Z', enrollment: { active_code_expires_at: null, enrolled_at: '2026-11-01T10:05:00Z' } };
const command: Command = { command_id: 'c1', type: 'sync', status: 'failed', created_at: '2026-11-20T08:00:00Z', finished_at: '2026-11-20T08:01:00Z', result: null };
const incident: Incident = {
  id: 'i1', site_id: 's1', kind: 'down', cause: 'timeout', detail: 'no answer in 10 s',
  started_at: '2026-11-21T03:00:00Z', opened_at: '2026-11-21T03:02:00Z', resolved_at: '2026-11-21T03:12:00Z', duration_s: 720,
};
const verdict: VerdictEvent = { id: 'v1', from: 'ok', to: 'failing', at: '2026-11-22T00:00:00Z', reasons: [{ code: 'offsite-too-old', severity: 'failing', message: 'newest offsite backup is 31 days old' }] };

describe('recentEvents', () => {
  it('merges every source, newest first, with readable titles', () => {
    const events = recentEvents({ site, commands: [command], incidents: [incident], verdictEvents: [verdict] });
    expect(events.map((e) => [e.at, e.title])).toEqual([
      ['2026-11-22T00:00:00Z', 'Backups: OK → Failing'],
      ['2026-11-21T03:12:00Z', 'Site down — resolved'],
      ['2026-11-21T03:00:00Z', 'Site down'],
      ['2026-11-20T08:01:00Z', 'Sync failed'],
      ['2026-11-20T08:00:00Z', 'Sync requested'],
      ['2026-11-01T10:05:00Z', 'Agent connected'],
      ['2026-11-01T10:00:00Z', 'Site added'],
    ]);
    expect(events[0]).toMatchObject({ source: 'backups', tone: 'error', detail: 'newest offsite backup is 31 days old' });
    expect(events[1]).toMatchObject({ tone: 'success', detail: 'after 12 min' });
    expect(events[2]).toMatchObject({ tone: 'error', detail: 'timeout: no answer in 10 s' });
  });

  it('keeps an open incident and an unfinished command to one event each', () => {
    const events = recentEvents({
      site: { ...site, enrollment: { active_code_expires_at: null, enrolled_at: null } },
      commands: [{ ...command, status: 'pending', finished_at: null }],
      incidents: [{ ...incident, resolved_at: null, duration_s: null }],
    });
    expect(events.map((e) => e.title)).toEqual(['Site down', 'Sync requested', 'Site added']);
  });

  it('cuts to the limit and drops events without a valid time', () => {
    const commands = Array.from({ length: 30 }, (_, i) => ({ ...command, command_id: `c${i}`, created_at: `2026-11-${String(10 + (i % 15)).padStart(2, '0')}T00:00:00Z` }));
    expect(recentEvents({ site, commands }, 5)).toHaveLength(5);
    expect(recentEvents({ site: { ...site, created_at: 'not a date' }, commands: [] }).map((e) => e.title)).toEqual(['Agent connected']);
  });
});
