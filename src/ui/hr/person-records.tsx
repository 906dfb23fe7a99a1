import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { PersonRecords } from '../../app/hr/roster';
import { useLocalized } from '../i18n/use-localized';

/** A person's certificates, quiz sittings and observed role-plays, newest first. */
export function PersonRecordsPanels({ records }: { records: PersonRecords }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [here] = useLocation();
  const day = (at: number) => new Date(at).toLocaleDateString(locale);
  const levelName = (id: string) => {
    const name = records.levelNames[id];
    return name ? pick(name) : id;
  };
  return (
    <div className="person-records">
      <section className="panel" aria-labelledby="certificates-title">
        <h2 id="certificates-title">{t('hr.certificates')}</h2>
        {records.awards.length === 0 ? (
          <p>{t('hr.noCertificates')}</p>
        ) : (
          <ul className="history-list">
            {records.awards.map((a) => (
              <li key={a.id} className="person-certificate">
                <span>
                  {t('hr.certificateLine', {
                    level: levelName(a.level),
                    awarded: day(a.awardedAt),
                    expires: day(a.expiresAt),
                  })}
                </span>
                {/* The certificate offers the way back here (certificate-screen.tsx). */}
                <Link href={`/certificate/${a.id}`} state={{ from: here }} className="button">
                  {t('hr.openCertificate')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{t('hr.quizzes')}</h2>
        {records.quizzes.length === 0 ? (
          <p>{t('hr.noQuizzes')}</p>
        ) : (
          <ul className="history-list">
            {records.quizzes.map((q) => (
              <li key={q.id} className="person-quiz">
                {t('hr.quizLine', {
                  date: day(q.at),
                  correct: q.correct,
                  total: q.total,
                  score: q.score,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="observations-title">
        <h2 id="observations-title">{t('hr.observations')}</h2>
        {records.observations.length === 0 ? (
          <p>{t('hr.noObservations')}</p>
        ) : (
          <ul className="history-list">
            {records.observations.map((o) => (
              <li key={o.id} className="person-observation">
                {t('hr.observationLine', {
                  date: day(o.at),
                  title: o.scenarioTitle ? pick(o.scenarioTitle) : o.scenarioId,
                  total: o.total,
                  observer: o.observerId,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
