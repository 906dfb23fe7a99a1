import { m } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type DimensionScores } from '../../engine/scoring/dimensions';
import { useLocalized } from '../i18n/use-localized';

export function DimensionBars({ scores }: { scores: DimensionScores }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <ul className="dimension-bars">
      {DIMENSIONS.map((d) => {
        const score = scores[d.id];
        return (
          <li key={d.id} className="dimension">
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
          </li>
        );
      })}
    </ul>
  );
}
