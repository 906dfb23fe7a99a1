import { useTranslation } from 'react-i18next';
import type { RulePoints } from '../../engine/debrief/rule-points';
import { DIMENSIONS } from '../../engine/scoring/dimensions';
import { useLocalized } from '../i18n/use-localized';
import { RuleLink } from './rule-link';

const SKILL = new Map(DIMENSIONS.map((d) => [d.id, d.name]));

/** A signed number of points: +2, −0.5. */
export const signed = (points: number) => (points > 0 ? `+${points}` : `−${Math.abs(points)}`);

/** The rules behind a grade, each with the points it added or took and on which skill. */
export function RulePointsList({ points }: { points: readonly RulePoints[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (points.length === 0) return <p className="muted small">{t('authorGuide.noRules')}</p>;
  return (
    <ul className="rule-points" aria-label={t('authorGuide.rulesBehind')}>
      {points.map((p) => (
        <li key={p.id} className={p.points > 0 ? 'is-credit' : 'is-cost'}>
          <RuleLink id={p.id} />{' '}
          <span className="rule-points-value">
            {t('authorGuide.points', {
              points: signed(p.points),
              skill: pick(SKILL.get(p.dimension)!),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
