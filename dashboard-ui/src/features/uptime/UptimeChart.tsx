import { useId } from 'react';
import { describeUptime, formatPct, layoutBars, type DayPoint } from './uptime-chart';

const WIDTH = 600;
const HEIGHT = 120;

/**
 * Daily uptime as inline SVG bars. The SVG is one labelled image with a one-sentence summary;
 * the exact numbers per day are in a table under "Show the numbers", so nothing depends on
 * seeing colours or hovering.
 */
export function UptimeChart({ points }: { points: DayPoint[] }) {
  const id = useId();
  const layout = layoutBars(points, WIDTH, HEIGHT);
  const summary = describeUptime(points);
  return (
    <figure className="retainer-chart" data-testid="uptime-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="none"
        className="retainer-chart__svg"
      >
        <title id={`${id}-title`}>Daily uptime</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1={0} x2={WIDTH} y1={0} y2={0} className="retainer-chart__grid" />
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="retainer-chart__axis" />
        {layout.bars.map((bar) => (
          <rect key={bar.day} x={bar.x} y={bar.y} width={bar.width} height={bar.height} className={`retainer-chart__bar is-${bar.tone}`}>
            <title>{`${bar.day}: ${bar.pct === null ? 'no checks' : formatPct(bar.pct)}`}</title>
          </rect>
        ))}
      </svg>
      {/* Outside the SVG: the chart stretches to the panel's width and would distort text. */}
      <div className="retainer-chart__axis-labels" aria-hidden="true">
        <span>{points[0]?.day ?? ''}</span>
        <span>{points.at(-1)?.day ?? ''}</span>
      </div>
      <figcaption className="retainer-chart__caption">
        {summary} Axis from {layout.floor} % to 100 %.
      </figcaption>
      <details className="retainer-chart__details">
        <summary>Show the numbers</summary>
        <div className="retainer-table-wrap">
          <table className="retainer-table">
            <caption className="retainer-visually-hidden">Uptime per day</caption>
            <thead>
              <tr>
                <th scope="col">Day (UTC)</th>
                <th scope="col" className="retainer-num">Uptime</th>
                <th scope="col" className="retainer-num">Checks</th>
                <th scope="col" className="retainer-num">Slowest 5 %</th>
                <th scope="col" className="retainer-num">Minutes in incidents</th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.day}>
                  <th scope="row">{p.day}</th>
                  <td className="retainer-num">{p.pct === null ? 'No checks' : formatPct(p.pct)}</td>
                  <td className="retainer-num">{p.checks}</td>
                  <td className="retainer-num">{p.p95Ms === null ? '—' : `${p.p95Ms} ms`}</td>
                  <td className="retainer-num">{Math.round(p.incidentMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
