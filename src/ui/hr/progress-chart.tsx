import { useTranslation } from 'react-i18next';
import type { WeekPoint } from '../../engine/roster';
import { useLocalized } from '../i18n/use-localized';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/** Mean score per week as a line; the sentence beside it says the same for screen readers. */
export function ProgressChart({ weeks }: { weeks: readonly WeekPoint[] }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  if (weeks.length === 0) return <p className="muted">{t('hr.progressEmpty')}</p>;
  const day = (at: number) => new Date(at).toLocaleDateString(locale);
  const first = weeks[0]!;
  const last = weeks.at(-1)!;
  const span = Math.max(1, last.week - first.week);
  const x = (week: number) =>
    PAD.left + ((week - first.week) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (mean: number) => PAD.top + (1 - mean / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const points = weeks.map((w) => `${x(w.week).toFixed(1)},${y(w.mean).toFixed(1)}`).join(' ');
  const summary = t('hr.progressSummary', {
    from: day(first.week),
    to: day(last.week),
    first: Math.round(first.mean),
    last: Math.round(last.mean),
  });
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="grid-line" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="axis-label">
              {v}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className="axis-label">
          {day(first.week)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="axis-label">
          {day(last.week)}
        </text>
        <polyline points={points} className="progress-line" />
      </svg>
      <figcaption className="muted small">{summary}</figcaption>
    </figure>
  );
}
