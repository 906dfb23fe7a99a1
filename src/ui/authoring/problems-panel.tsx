import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftCheck } from '../../engine/authoring/check-draft';
import type { Problem } from '../../engine/validation/problem';
import { useProblemWording } from '../components/problem-wording';

/** Live validation: every problem a button that takes the author to its field. */
export function ProblemsPanel({
  check,
  onLocate,
}: {
  check: DraftCheck;
  onLocate: (path: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const wording = useProblemWording();
  const list = (problems: readonly Problem[], tone: 'error' | 'warning') => (
    <ul className={`problem-list problem-${tone}`}>
      {problems.map((p, i) => {
        const { words, lang } = wording(p);
        return (
          <li key={`${p.path}-${i}`}>
            <button
              type="button"
              className="problem"
              aria-label={`${t('author.goToProblem', { path: p.path })}: ${words}`}
              onClick={() => onLocate(p.path)}
            >
              <code>{p.path}</code> <span lang={lang}>{words}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
  return (
    <section className="panel problems" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('author.problems')}</h2>
      <div aria-live="polite" className="visually-hidden">
        {t('author.errorsHeading', { count: check.errors.length })}{' '}
        {t('author.warningsHeading', { count: check.warnings.length })}
      </div>
      {check.errors.length === 0 && check.warnings.length === 0 && (
        <p className="ok">{t('author.noProblems')}</p>
      )}
      {check.errors.length > 0 && (
        <>
          <h3>{t('author.errorsHeading', { count: check.errors.length })}</h3>
          {list(check.errors, 'error')}
        </>
      )}
      {check.warnings.length > 0 && (
        <>
          <h3>{t('author.warningsHeading', { count: check.warnings.length })}</h3>
          {list(check.warnings, 'warning')}
        </>
      )}
    </section>
  );
}
