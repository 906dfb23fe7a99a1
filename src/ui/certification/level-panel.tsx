import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LevelStatus } from '../../engine/certification/evaluate';
import type { CaseSummary } from '../../scenarios/case-summary';
import { useLocalized } from '../i18n/use-localized';
import { CriterionText } from './criterion-text';

/** A level of the program: its state, and each criterion ticked or not. */
export function LevelPanel({
  status,
  cases,
}: {
  status: LevelStatus;
  cases: readonly CaseSummary[];
}) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const date = (at: number) => new Date(at).toLocaleDateString(locale);
  const headingId = `level-${status.level.id}`;
  return (
    <section className={`panel level-panel state-${status.state}`} aria-labelledby={headingId}>
      <header className="level-header">
        <h3 id={headingId}>{pick(status.level.name)}</h3>
        <span className={`level-state level-state-${status.state}`}>
          {status.award
            ? t('certification.state.certified', { date: date(status.award.expiresAt) })
            : status.expired
              ? t('certification.state.expired', { date: date(status.expired.expiresAt) })
              : t('certification.state.inProgress')}
        </span>
      </header>
      <ul className="criteria">
        {status.criteria.map((criterion) => (
          <li key={criterion.kind} className={criterion.met ? 'is-met' : 'is-open'}>
            <span className="criterion-mark" aria-hidden="true">
              {criterion.met ? '✓' : '○'}
            </span>
            <span className="visually-hidden">
              {criterion.met ? t('certification.met') : t('certification.notMet')}
            </span>
            <span className="criterion-text">
              <CriterionText criterion={criterion} cases={cases} />
            </span>
          </li>
        ))}
      </ul>
      {status.award && (
        <Link href={`/certificate/${status.award.id}`} className="button">
          {t('certification.viewCertificate')}
        </Link>
      )}
    </section>
  );
}
