import { useTranslation } from 'react-i18next';
import type { Mood } from '../../engine/scenario-schema';

interface Props {
  start: Mood;
  /** The mood after each turn. */
  after: readonly Mood[];
  agitatedAt: number;
}

const W = 640;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/** Anger and trust over the call, turn by turn, with the agitation threshold. */
export function MoodCurve({ start, after, agitatedAt }: Props) {
  const { t } = useTranslation();
  const points = [start, ...after];
  const x = (i: number) =>
    PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, points.length - 1);
  const y = (v: number) => PAD.top + ((100 - v) * (H - PAD.top - PAD.bottom)) / 100;
  const line = (key: keyof Mood) =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`)
      .join(' ');
  const summary = points
    .map(
      (p, i) =>
        `${i === 0 ? t('debrief.curveStart') : t('debrief.turn', { n: i })}: ${t('debrief.moodAfter', p)}`,
    )
    .join('; ');
  return (
    <figure className="mood-curve">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${t('debrief.moodCurve')}. ${summary}`}
      >
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(agitatedAt)}
          y2={y(agitatedAt)}
          className="threshold"
        />
        <text x={W - PAD.right} y={y(agitatedAt) - 4} textAnchor="end" className="axis">
          {t('call.agitated')}
        </text>
        {points.map((_, i) => (
          <text key={i} x={x(i)} y={H - 8} textAnchor="middle" className="axis">
            {i}
          </text>
        ))}
        <path d={line('anger')} className="curve anger" />
        <path d={line('trust')} className="curve trust" />
        {points.map((p, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(p.anger)} r="4" className="dot anger" />
            <circle cx={x(i)} cy={y(p.trust)} r="4" className="dot trust" />
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        <span className="key anger">{t('call.anger')}</span>
        <span className="key trust">{t('call.trust')}</span>
        <span className="muted small">{t('debrief.curveAxis')}</span>
      </figcaption>
    </figure>
  );
}
