import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { caseStatus, type TraineeStanding } from '../../engine/case-status';
import { DIMENSIONS, type DimensionId } from '../../engine/scoring/dimensions';
import type { CaseSummary } from '../../scenarios/case-summary';
import { useLocalized } from '../i18n/use-localized';
import { CaseFormTag } from './case-form-tag';
import { openCase } from './open-case';
import { takeLabelKey } from './take-label';

interface Props {
  profileId: string;
  standing: TraineeStanding;
  scenario: CaseSummary;
  /** The weakest skill it trains, or none when the trainee has no finished call yet. */
  dimension: DimensionId | null;
}

/** The case the library suggests next, with a button that goes straight into it. */
export function RecommendedNext({ profileId, standing, scenario, dimension }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const active = caseStatus(standing, scenario.id).active;
  const action = active ? t('library.resume') : t(takeLabelKey(scenario));
  return (
    <aside className="recommended-next" aria-labelledby="next-title">
      <h2 id="next-title">{t('library.nextTitle')}</h2>
      <p>
        <strong>{pick(scenario.title)}</strong> <CaseFormTag scenario={scenario} />
        {' · '}
        {dimension
          ? t('library.nextBecause', {
              skill: pick(DIMENSIONS.find((d) => d.id === dimension)!.name),
            })
          : t('library.nextFirst')}
      </p>
      <button
        type="button"
        className="primary"
        aria-label={`${action}: ${pick(scenario.title)}`}
        onClick={() => void openCase(profileId, standing, scenario.id, navigate)}
      >
        {action}
      </button>
    </aside>
  );
}
