import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftCheck } from '../../engine/authoring/check-draft';
import { describeProblem } from '../../engine/validation/describe-problem';
import type { Advice, Problem } from '../../engine/validation/problem';
import type { Scenario } from '../../engine/scenario-schema';
import { DescribedProblem } from '../components/described-problem';
import { useLocalized } from '../i18n/use-localized';

/**
 * Live validation in two gates: problems (and missing translations) block publishing, advice from
 * the teaching checks never does. Every entry is a button that takes the author to its field.
 */
export function ProblemsPanel({
  check,
  draft,
  onLocate,
}: {
  check: DraftCheck;
  draft: Scenario;
  onLocate: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const id = useId();
  const list = (problems: readonly (Problem | Advice)[], tone: 'error' | 'warning' | 'advice') => (
    <ul className={`problem-list problem-${tone}`}>
      {problems.map((p, i) => {
        const described = describeProblem(p, draft);
        const where = described.where ? pick(described.where) : t('caseProblems.wholeCase');
        return (
          <li key={`${p.path}-${i}`}>
            <button
              type="button"
              className="problem"
              aria-label={`${t('caseProblems.goTo', { where })}: ${pick(described.what)}`}
              onClick={() => onLocate(p.path)}
            >
              <DescribedProblem described={described} why={'why' in p ? p.why : undefined} />
            </button>
          </li>
        );
      })}
    </ul>
  );
  const blocking = check.errors.length + check.warnings.length;
  return (
    <section className="panel problems" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('author.problems')}</h2>
      <div aria-live="polite" className="visually-hidden">
        {t('caseProblems.errorsHeading', { count: check.errors.length })}{' '}
        {t('author.warningsHeading', { count: check.warnings.length })}{' '}
        {t('caseProblems.adviceHeading', { count: check.advice.length })}
      </div>
      {blocking === 0 && <p className="ok">{t('caseProblems.noErrors')}</p>}
      {check.errors.length > 0 && (
        <>
          <h3>{t('caseProblems.errorsHeading', { count: check.errors.length })}</h3>
          {list(check.errors, 'error')}
        </>
      )}
      {check.warnings.length > 0 && (
        <>
          <h3>{t('author.warningsHeading', { count: check.warnings.length })}</h3>
          {list(check.warnings, 'warning')}
        </>
      )}
      {check.advice.length > 0 && (
        <section className="advice" aria-labelledby={`${id}-advice`}>
          <h3 id={`${id}-advice`}>
            {t('caseProblems.adviceHeading', { count: check.advice.length })}
          </h3>
          <p className="hint">{t('caseProblems.adviceIntro')}</p>
          {list(check.advice, 'advice')}
        </section>
      )}
    </section>
  );
}
