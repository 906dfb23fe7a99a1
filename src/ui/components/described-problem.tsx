import { useTranslation } from 'react-i18next';
import type { ProblemDescription } from '../../engine/validation/describe-problem';
import type { LocalizedText } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

/**
 * One problem in a trainer's words: where (decision point, reply, field), what is wrong, what to
 * do, and for advice why it matters. Never a JSON path.
 */
export function DescribedProblem({
  described,
  why,
}: {
  described: ProblemDescription;
  why?: LocalizedText;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <span className="described-problem">
      <span className="problem-where">
        {described.where ? pick(described.where) : t('caseProblems.wholeFile')}
      </span>{' '}
      <span className="problem-what">{pick(described.what)}</span>
      {described.todo && (
        <span className="problem-todo">
          {t('caseProblems.todo')}
          {pick(described.todo)}
        </span>
      )}
      {why && (
        <span className="problem-why">
          {t('caseProblems.why')}
          {pick(why)}
        </span>
      )}
    </span>
  );
}
