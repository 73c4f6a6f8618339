import { describe, expect, it } from 'vitest';
import { axisFloor, barTone, describeUptime, fillDays, formatDuration, formatPct, lastDays, layoutBars, type DayPoint } from './uptime-chart';

const NOW = Date.parse('2026-11-22T15:30:00Z');
const point = (day: string, pct: number | null, checks = 1440): DayPoint => ({ day, pct, checks: pct === null ? 0 : checks, p95Ms: null, incidentMinutes: 0 });

describe('days', () => {
  it('lists the last n UTC days ending today, oldest first', () => {
    expect(lastDays(NOW, 3)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(lastDays(Date.parse('2026-03-01T00:10:00Z'), 2)).toEqual(['2026-02-28', '2026-03-01']);
  });

  it('fills days without a rollup (or without checks) as "no data"', () => {
    const days = ['2026-11-20', '2026-11-21', '2026-11-22'];
    const points = fillDays(days, [
      { day: '2026-11-22', checks: 100, up_checks: 99, uptime_pct: 99, p50_ms: 120, p95_ms: 300, incident_minutes: 2 },
      { day: '2026-11-21', checks: 0, up_checks: 0, uptime_pct: null, p50_ms: null, p95_ms: null, incident_minutes: 0 },
      { day: '2026-10-01', checks: 10, up_checks: 10, uptime_pct: 100, p50_ms: 1, p95_ms: 1, incident_minutes: 0 },
    ]);
    expect(points.map((p) => p.pct)).toEqual([null, null, 99]);
    expect(points[2]).toMatchObject({ checks: 100, p95Ms: 300, incidentMinutes: 2 });
  });
});

describe('scaling', () => {
  it('starts the axis at the highest round floor under the worst day', () => {
    expect(axisFloor([point('a', 100), point('b', 99.5)])).toBe(99);
    expect(axisFloor([point('a', 97.2)])).toBe(95);
    expect(axisFloor([point('a', 12)])).toBe(0);
    expect(axisFloor([point('a', null)])).toBe(99);
  });

  it('maps percentages to heights within the box, with visible stubs for empty and tiny days', () => {
    const layout = layoutBars([point('a', 100), point('b', 99.5), point('c', null), point('d', 99)], 400, 100, 4);
    expect(layout.floor).toBe(99);
    const [full, half, none, floor] = layout.bars;
    expect(full).toMatchObject({ x: 2, width: 96, height: 100, y: 0, tone: 'good' });
    expect(half!.height).toBeCloseTo(50);
    expect(half!.y).toBeCloseTo(50);
    expect(half!.tone).toBe('warning');
    expect(none).toMatchObject({ height: 2, y: 98, tone: 'none' });
    expect(floor).toMatchObject({ height: 2, tone: 'warning' });
    for (const bar of layout.bars) {
      expect(bar.y + bar.height).toBeCloseTo(100);
      expect(bar.x + bar.width).toBeLessThanOrEqual(400);
    }
  });

  it('colours days by how much was lost', () => {
    expect([barTone(100), barTone(99.95), barTone(99.5), barTone(98), barTone(null)]).toEqual(['good', 'good', 'warning', 'bad', 'none']);
  });
});

describe('wording', () => {
  it('formats percentages without rounding an outage up to 100', () => {
    expect(formatPct(100)).toBe('100 %');
    expect(formatPct(99.999)).toBe('99.99 %');
    expect(formatPct(97.2)).toBe('97.20 %');
    expect(formatPct(null)).toBe('—');
  });

  it('describes the chart in one sentence, weighting days by their checks', () => {
    expect(describeUptime([point('2026-11-21', 100, 1000), point('2026-11-22', 90, 100), point('2026-11-20', null)])).toBe(
      'Uptime over the last 3 days: 99.09 % overall, lowest 90.00 % on 2026-11-22, 1 day without checks.',
    );
    expect(describeUptime([point('a', 100)])).toBe('Uptime over the last day: 100 % overall, every checked day at 100 %.');
    expect(describeUptime([point('a', null), point('b', null)])).toBe('No uptime checks in the last 2 days.');
  });

  it('formats durations', () => {
    expect([formatDuration(42), formatDuration(720), formatDuration(3 * 3600 + 300), formatDuration(7200), formatDuration(52 * 3600), formatDuration(null)]).toEqual([
      '42 s',
      '12 min',
      '3 h 5 min',
      '2 h',
      '2 d 4 h',
      '—',
    ]);
  });
});
