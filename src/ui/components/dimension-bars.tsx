import { domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import type { SkillLine } from '../../engine/debrief/skills';
import { DIMENSIONS } from '../../engine/scoring/dimensions';
import { RuleLink } from '../debrief/rule-link';
import { useLocalized } from '../i18n/use-localized';

const dimensionById = new Map(DIMENSIONS.map((d) => [d.id, d]));

/**
 * One bar per skill: scored, with what earned and what cost points on it, or not covered, with
 * nothing listed. The bars grow in with framer-motion, which comes with the debrief's own download
 * rather than the call screen's.
 */
export function DimensionBars({ skills }: { skills: readonly SkillLine[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <ul className="dimension-bars">
          {skills.map((skill) => {
            const d = dimensionById.get(skill.id)!;
            const score = skill.covered ? skill.score : null;
            return (
              <li key={d.id} className={`dimension${skill.covered ? '' : ' is-unused'}`}>
                <div className="dimension-head">
                  <span className="dimension-name">{pick(d.name)}</span>
                  <span className="dimension-score">
                    {score === null ? t('debrief.notShown') : score}
                  </span>
                </div>
                <div
                  className="bar-track"
                  role="meter"
                  aria-label={pick(d.name)}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={score ?? 0}
                >
                  {score !== null && (
                    <m.div
                      className="bar-fill"
                      initial={{ scaleX: 0 }}
                      animate={{ scaleX: score / 100 }}
                      transition={{ duration: 0.6 }}
                    />
                  )}
                </div>
                <p className="dimension-description">{pick(d.description)}</p>
                {skill.covered && (skill.earned.length > 0 || skill.lost.length > 0) && (
                  <p className="evidence">
                    {skill.earned.length > 0 && (
                      <span className="muted small">{t('debrief.earnedBy')}</span>
                    )}
                    {skill.earned.map((r) => (
                      <RuleLink key={r.id} id={r.id} count={r.count} />
                    ))}
                    {skill.lost.length > 0 && (
                      <span className="muted small">{t('debrief.lostBy')}</span>
                    )}
                    {skill.lost.map((r) => (
                      <RuleLink key={r.id} id={r.id} count={r.count} />
                    ))}
                  </p>
                )}
                {skill.covered && skill.unexplained && (
                  <p className="evidence muted small">
                    {t(`debrief.skillUnexplained.${skill.unexplained}`)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </MotionConfig>
    </LazyMotion>
  );
}
