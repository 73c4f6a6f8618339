/**
 * The numbers behind the uptime chart, kept out of the SVG so they are tested: which days to
 * show, how high each bar is, and the sentence that describes the chart to screen-reader users.
 */
import type { Rollup } from './uptime-api';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a moment in UTC (the hub's rollups are UTC days). */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The `count` UTC days ending with today, oldest first. */
export function lastDays(nowMs: number, count: number): string[] {
  const today = Date.parse(`${utcDay(nowMs)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => utcDay(today - (count - 1 - i) * DAY_MS));
}

export interface DayPoint {
  day: string;
  /** null: no checks that day (monitor paused, not set up yet, or the hub was down). */
  pct: number | null;
  checks: number;
  p95Ms: number | null;
  incidentMinutes: number;
}

/** One point per day, in order; days the hub has no rollup for become "no data". */
export function fillDays(days: readonly string[], rollups: readonly Rollup[]): DayPoint[] {
  const byDay = new Map(rollups.map((r) => [r.day, r]));
  return days.map((day) => {
    const r = byDay.get(day);
    const pct = r && r.checks > 0 ? r.uptime_pct : null;
    return { day, pct: pct ?? null, checks: r?.checks ?? 0, p95Ms: r?.p95_ms ?? null, incidentMinutes: r?.incident_minutes ?? 0 };
  });
}

const FLOORS = [99, 95, 90, 75, 50, 0];

/**
 * The lowest value on the y axis. Uptime lives between 99 and 100 %, so a 0–100 axis would show
 * every bar full; the axis starts at the highest "round" floor under the worst day instead.
 */
export function axisFloor(points: readonly DayPoint[]): number {
  const values = points.map((p) => p.pct).filter((v): v is number => v !== null);
  if (values.length === 0) return FLOORS[0]!;
  const lowest = Math.min(...values);
  return FLOORS.find((floor) => lowest >= floor) ?? 0;
}

export type BarTone = 'good' | 'warning' | 'bad' | 'none';

/** Colour class of a day: full marks, a few minutes down, or a real outage. */
export function barTone(pct: number | null): BarTone {
  if (pct === null) return 'none';
  if (pct >= 99.9) return 'good';
  if (pct >= 99) return 'warning';
  return 'bad';
}

export interface Bar extends DayPoint {
  x: number;
  y: number;
  width: number;
  height: number;
  tone: BarTone;
}

export interface ChartLayout {
  width: number;
  height: number;
  floor: number;
  bars: Bar[];
}

/**
 * Bars in a `width` × `height` box. A day with no data gets a short stub so the gap is visible
 * without reading as 0 % uptime; any day with data gets at least 2 px so it never disappears.
 */
export function layoutBars(points: readonly DayPoint[], width: number, height: number, gap = 2): ChartLayout {
  const floor = axisFloor(points);
  const slot = points.length > 0 ? width / points.length : width;
  const barWidth = Math.max(1, slot - gap);
  const bars = points.map((point, i) => {
    const x = i * slot + gap / 2;
    if (point.pct === null) return { ...point, x, y: height - 2, width: barWidth, height: 2, tone: 'none' as const };
    const ratio = Math.min(1, Math.max(0, (point.pct - floor) / (100 - floor)));
    const h = Math.max(2, ratio * height);
    return { ...point, x, y: height - h, width: barWidth, height: h, tone: barTone(point.pct) };
  });
  return { width, height, floor, bars };
}

/** "99.95 %": two decimals where they matter, none for whole numbers. */
export function formatPct(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return '—';
  if (pct === 100 || pct === 0) return `${pct} %`;
  return `${(Math.floor(pct * 100) / 100).toFixed(2)} %`;
}

/** The chart in one sentence, for its accessible description. */
export function describeUptime(points: readonly DayPoint[]): string {
  const withData = points.filter((p) => p.pct !== null);
  const period = points.length === 1 ? 'day' : `${points.length} days`;
  if (withData.length === 0) return `No uptime checks in the last ${period}.`;
  const totalChecks = withData.reduce((sum, p) => sum + p.checks, 0);
  const weighted = withData.reduce((sum, p) => sum + (p.pct as number) * p.checks, 0) / Math.max(1, totalChecks);
  const worst = withData.reduce((a, b) => ((b.pct as number) < (a.pct as number) ? b : a));
  const missing = points.length - withData.length;
  const parts = [`Uptime over the last ${period}: ${formatPct(weighted)} overall`];
  if ((worst.pct as number) < 100) parts.push(`lowest ${formatPct(worst.pct)} on ${worst.day}`);
  else parts.push('every checked day at 100 %');
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'day' : 'days'} without checks`);
  return `${parts.join(', ')}.`;
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
