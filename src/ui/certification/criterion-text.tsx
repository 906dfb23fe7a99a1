import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../engine/certification/evaluate';
import type { CaseSummary } from '../../scenarios/case-summary';
import { useLocalized } from '../i18n/use-localized';

/** One requirement of a level, with the trainee's progress on it. */
export function CriterionText({
  criterion,
  cases,
}: {
  criterion: Criterion;
  cases: readonly CaseSummary[];
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const title = (id: string) => {
    const found = cases.find((c) => c.id === id);
    return found ? pick(found.title) : id;
  };
  switch (criterion.kind) {
    case 'any-scenarios':
      return <>{t('certification.criteria.anyScenarios', criterion)}</>;
    case 'core-scenarios':
      return (
        <>
          {t('certification.criteria.coreScenarios', criterion)}
          {criterion.missing.length > 0 && (
            <span className="criterion-detail">
              {t('certification.criteria.missing', {
                titles: criterion.missing.map(title).join(t('certification.listSeparator')),
              })}
            </span>
          )}
        </>
      );
    case 'no-critical':
      return (
        <>
          {t('certification.criteria.noCritical', { last: criterion.last })}
          {criterion.runIds.length < criterion.last && (
            <span className="criterion-detail">
              {t('certification.criteria.tooFewRuns', { count: criterion.runIds.length })}
            </span>
          )}
          {criterion.withCritical.length > 0 && (
            <span className="criterion-detail">
              {t('certification.criteria.withCritical', { count: criterion.withCritical.length })}
            </span>
          )}
        </>
      );
    case 'quiz':
      return (
        <>
          {criterion.best === null
            ? t('certification.criteria.quizNone', criterion)
            : t('certification.criteria.quiz', criterion)}
        </>
      );
    case 'observation':
      return (
        <>
          {criterion.best === null
            ? t('certification.criteria.observationNone', criterion)
            : t('certification.criteria.observation', criterion)}
        </>
      );
  }
}
