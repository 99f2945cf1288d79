import type { Contact } from '../../lib/contact/contact';
import type { Evaluation } from '../../lib/pathway/evaluation';
import { trendSeries, type TrendSeries } from '../../lib/handover/trend';
import { roleLabel, subjectLabel } from '../../lib/output/role-labels';
import { ukDate } from '../../lib/output/uk-time';

// Scores over time (issue 14): a small inline SVG chart per parent and instrument (no chart
// library: a polyline on a fixed scale from 0 to the instrument's maximum) with the same data as a
// table, which is what assistive technology reads (the chart is hidden from it).

const WIDTH = 240;
const HEIGHT = 64;
const PAD = 6;

function Chart({ series }: { series: TrendSeries }) {
  const max = Math.max(...series.points.map((p) => p.maxTotal), 1);
  const step = series.points.length > 1 ? (WIDTH - 2 * PAD) / (series.points.length - 1) : 0;
  const xy = series.points.map((p, i) => [PAD + i * step, HEIGHT - PAD - (p.total / max) * (HEIGHT - 2 * PAD)] as const);
  return (
    <svg class="trend-chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="currentColor" stroke-opacity="0.3" />
      <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke="currentColor" stroke-width="2" />
      {xy.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={series.points[i]?.today ? 4 : 3} fill={series.points[i]?.today ? 'currentColor' : 'white'} stroke="currentColor" />
      ))}
    </svg>
  );
}

export function StoryTrend({ contact, evaluation }: { contact: Contact; evaluation: Evaluation }) {
  const all = trendSeries(contact, evaluation);
  if (all.length === 0) return null;
  return (
    <section class="story-trend" aria-labelledby="story-trend-heading">
      <h2 id="story-trend-heading">Scores over time</h2>
      {all.map((series) => {
        const caption = `${series.name}, ${subjectLabel[series.subject]}: scores over time`;
        return (
          <figure key={`${series.subject}-${series.instrumentId}`} class="trend">
            <Chart series={series} />
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Score</th>
                  <th scope="col">Band</th>
                  <th scope="col">Recorded by</th>
                </tr>
              </thead>
              <tbody>
                {series.points.map((p) => (
                  <tr key={p.at}>
                    <td>{p.today ? `Today (${ukDate(p.at)})` : ukDate(p.at)}</td>
                    <td>
                      {p.total} of {p.maxTotal}
                    </td>
                    <td>{p.bandLabel ?? ''}</td>
                    <td>{roleLabel[p.role]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </section>
  );
}
