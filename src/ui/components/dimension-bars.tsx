import { domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import type { DimensionEvidence } from '../../engine/debrief-evidence';
import {
  DIMENSIONS,
  type DimensionId,
  type DimensionScores,
} from '../../engine/scoring/dimensions';
import { RuleLink } from '../debrief/rule-link';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  scores: DimensionScores;
  evidence: Record<DimensionId, DimensionEvidence>;
}

/**
 * One bar per skill, with what earned and what cost points on it. The bars grow in with
 * framer-motion, which comes with the debrief's own download rather than the call screen's.
 */
export function DimensionBars({ scores, evidence }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <ul className="dimension-bars">
          {DIMENSIONS.map((d) => {
            const score = scores[d.id];
            const { earned, lost } = evidence[d.id];
            return (
              <li key={d.id} className={`dimension${score === null ? ' is-unused' : ''}`}>
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
                {(earned.length > 0 || lost.length > 0) && (
                  <p className="evidence">
                    {earned.length > 0 && (
                      <span className="muted small">{t('debrief.earnedBy')}</span>
                    )}
                    {earned.map((r) => (
                      <RuleLink key={r.id} id={r.id} count={r.count} />
                    ))}
                    {lost.length > 0 && <span className="muted small">{t('debrief.lostBy')}</span>}
                    {lost.map((r) => (
                      <RuleLink key={r.id} id={r.id} count={r.count} />
                    ))}
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
