import { describe, expect, it } from 'vitest';
import { buildCharts, chartSvg, SITES_PER_CHART } from './chart.js';
import type { SiteSection } from './report-data.js';

/** A site with response-time points on the given days of November 2026 (only what the chart reads). */
const site = (label: string, days: number[], ms = 200) =>
  ({ label, response: days.map((d) => ({ day: `2026-11-${String(d).padStart(2, '0')}`, p50: ms + d })) }) as unknown as SiteSection;

describe('buildCharts', () => {
  it('draws every site with data, at most SITES_PER_CHART lines per chart, each line its own colour', () => {
    const sites = Array.from({ length: 14 }, (_, i) => site(`Site ${i}`, [1, 2, 3], 100 * (i + 1)));
    sites.splice(5, 0, site('Silent', []));
    const charts = buildCharts('2026-11', sites, '#0f766e');
    expect(charts.map((c) => c.sites.length)).toEqual([6, 6, 2]);
    // The site without data is left out; indexes point into the report's own site list.
    expect(charts.flatMap((c) => c.sites)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const c of charts) {
      expect(new Set(c.series.map((s) => s.colour)).size).toBe(c.series.length);
      expect(c.series[0]!.colour).toBe('#0f766e');
      expect(c.days).toBe(30);
    }
    // The first chart spans "Site 0" (100 ms + day 1) to "Site 5", its sixth line (600 ms + day 3).
    expect([charts[0]!.min, charts[0]!.max]).toEqual([101, 603]);
    expect(SITES_PER_CHART).toBe(6);
  });

  it('gives no chart when no site has a data point', () => {
    expect(buildCharts('2026-11', [site('A', []), site('B', [])])).toEqual([]);
    expect(buildCharts('2026-11', [])).toEqual([]);
  });

  it('leaves gaps for days without data and draws a lone point as a dot', () => {
    const [chart] = buildCharts('2026-11', [site('A', [1, 2, 10])]);
    expect(chart!.series[0]!.values.filter((v) => v !== null)).toHaveLength(3);
    const svg = chartSvg(chart!);
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)).toHaveLength(1);
  });
});
