import { Resvg } from '@resvg/resvg-js';
import type { SiteSection } from './report-data.js';

/*
 * The response-time trend: one line per site over the month's days. No text inside the drawing:
 * the caption and legend are written in the report (translated), so the picture needs no fonts
 * and renders identically in every email client, on the web copy and in the PDF.
 */

export const CHART_W = 560;
export const CHART_H = 180;
const PAD = 8;
export const SERIES_COLOURS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2'];

export interface ChartSeries {
  colour: string;
  /** One value per day of the month (null where there is no data). */
  values: (number | null)[];
}

export interface Chart {
  /** Index (in the report's site list) of the site each series draws, in series order. */
  sites: number[];
  series: ChartSeries[];
  min: number;
  max: number;
  days: number;
}

/** The month's days as YYYY-MM-DD (UTC calendar days, like the rollups). */
function monthDays(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Sites drawn in one picture: beyond this, lines and colours stop being told apart. */
export const SITES_PER_CHART = SERIES_COLOURS.length;

/**
 * The charts of a client's sites that have data, at most SITES_PER_CHART lines each, so every line in a
 * picture has its own colour; empty when no site has a single data point (the report says so).
 */
export function buildCharts(month: string, sites: SiteSection[], accent?: string): Chart[] {
  const days = monthDays(month);
  const drawn = sites
    .map((s, index) => {
      const byDay = new Map(s.response.map((r) => [r.day, r.p50]));
      return { index, values: days.map((d) => byDay.get(d) ?? null) };
    })
    .filter((s) => s.values.some((v) => v !== null));
  const charts: Chart[] = [];
  for (let start = 0; start < drawn.length; start += SITES_PER_CHART) {
    const group = drawn.slice(start, start + SITES_PER_CHART);
    const series = group.map((s, i) => ({ colour: i === 0 && accent ? accent : SERIES_COLOURS[i]!, values: s.values }));
    const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
    charts.push({ sites: group.map((s) => s.index), series, min: Math.min(...all), max: Math.max(...all), days: days.length });
  }
  return charts;
}

/** Polyline segments (gaps where a day has no data) scaled into the drawing. */
function paths(chart: Chart, w: number, h: number): { colour: string; segments: [number, number][][] }[] {
  const top = Math.max(chart.max * 1.1, 1);
  const x = (i: number) => PAD + (chart.days > 1 ? (i * (w - 2 * PAD)) / (chart.days - 1) : 0);
  const y = (v: number) => h - PAD - (v / top) * (h - 2 * PAD);
  return chart.series.map((s) => {
    const segments: [number, number][][] = [];
    let cur: [number, number][] = [];
    s.values.forEach((v, i) => {
      if (v === null) {
        if (cur.length) segments.push(cur), (cur = []);
        return;
      }
      cur.push([Math.round(x(i) * 10) / 10, Math.round(y(v) * 10) / 10]);
    });
    if (cur.length) segments.push(cur);
    return { colour: s.colour, segments };
  });
}

export function chartSvg(chart: Chart, w = CHART_W, h = CHART_H): string {
  const grid = [0.25, 0.5, 0.75].map((f) => `<line x1="${PAD}" x2="${w - PAD}" y1="${PAD + f * (h - 2 * PAD)}" y2="${PAD + f * (h - 2 * PAD)}" stroke="#e5e7eb" stroke-width="1"/>`).join('');
  const lines = paths(chart, w, h)
    .flatMap((p) =>
      p.segments.map((seg) =>
        seg.length === 1
          ? `<circle cx="${seg[0]![0]}" cy="${seg[0]![1]}" r="2.5" fill="${p.colour}"/>`
          : `<polyline fill="none" stroke="${p.colour}" stroke-width="2" stroke-linejoin="round" points="${seg.map(([a, b]) => `${a},${b}`).join(' ')}"/>`,
      ),
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#ffffff"/>${grid}<line x1="${PAD}" x2="${w - PAD}" y1="${h - PAD}" y2="${h - PAD}" stroke="#9ca3af" stroke-width="1"/>${lines}</svg>`;
}

/**
 * PNG at its display size. Twice the size would be sharper on high-density screens but costs about
 * four times the rasterising (the bulk of rendering 1,000 reports, see docs/benchmarks.md); with
 * lines only and no text in the picture, 1× stays legible.
 */
export function chartPng(chart: Chart): Buffer {
  const r = new Resvg(chartSvg(chart), { fitTo: { mode: 'width', value: CHART_W }, font: { loadSystemFonts: false } });
  return r.render().asPng();
}

/** The same geometry for the PDF renderer, which draws vectors itself. */
export function chartPaths(chart: Chart, w: number, h: number) {
  return paths(chart, w, h);
}
