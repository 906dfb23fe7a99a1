import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listQuizSittings } from '../../app/certification/quiz';
import { refreshCertification } from '../../app/certification/refresh-certification';
import { getProfile } from '../../app/profiles/profiles';
import { CaseRuns } from '../certification/case-runs';
import { certifiableCases } from '../certification/case-list';
import { LevelPanel } from '../certification/level-panel';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import '../certification/certification.css';

async function loadStanding(profileId: string) {
  const cases = await certifiableCases();
  const now = Date.now();
  const standing = await refreshCertification(profileId, cases, now);
  const [profile, sittings] = await Promise.all([
    getProfile(profileId),
    listQuizSittings(profileId),
  ]);
  return { cases, standing, profile, sittings, now };
}

/** The trainee's own certification: levels and progress, runs to take, the quiz, awards. */
export function CertificationScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const loaded = useLoaded(() => loadStanding(profileId), profileId);
  if (loaded.state === 'loading') {
    return (
      <p className="screen" role="status">
        {t('call.loading')}
      </p>
    );
  }
  if (loaded.state === 'failed') {
    return (
      <p className="screen form-error" role="alert">
        {t('certification.loadFailed')}
      </p>
    );
  }
  const { cases, standing, profile, sittings, now } = loaded.value;
  const date = (at: number) => new Date(at).toLocaleDateString(locale);
  const best = sittings.reduce<number | null>(
    (b, s) => (b === null || s.score > b ? s.score : b),
    null,
  );
  const levelName = (id: string) => {
    const level = standing.program.levels.find((l) => l.id === id);
    return level ? pick(level.name) : id;
  };
  return (
    <section className="screen certification-screen" aria-labelledby="certification-title">
      <p className="eyebrow">
        {profile?.name} · {t('profile.employeeId')} {profile?.employeeId}
      </p>
      <h1 id="certification-title">{t('certification.title')}</h1>
      <p className="lead">{t('certification.intro')}</p>
      <p className="muted">
        {t('certification.programVersion', {
          version: standing.program.version,
          months: standing.program.validityMonths,
        })}
      </p>

      <h2>{t('certification.levels')}</h2>
      <div className="level-grid">
        {standing.levels.map((status) => (
          <LevelPanel key={status.level.id} status={status} cases={cases} />
        ))}
      </div>

      <section className="panel" aria-labelledby="quiz-title">
        <h2 id="quiz-title">{t('certification.quiz.title')}</h2>
        <p>
          {best === null
            ? t('certification.quiz.notTaken')
            : t('certification.quiz.best', { score: best, count: sittings.length })}
        </p>
        <Link href="/quiz" className="button primary">
          {t('certification.quiz.open')}
        </Link>
      </section>

      <section aria-labelledby="runs-title">
        <h2 id="runs-title">{t('certification.runs.title')}</h2>
        <ul className="rules-list">
          <li>{t('certification.runs.ruleOnce')}</li>
          <li>{t('certification.runs.ruleNoAids')}</li>
          <li>{t('certification.runs.rulePractice')}</li>
        </ul>
        <CaseRuns
          profileId={profileId}
          cases={cases}
          coreIds={standing.program.coreScenarioIds}
          runs={standing.runs}
        />
      </section>

      <section className="panel" aria-labelledby="awards-title">
        <h2 id="awards-title">{t('certification.awards.title')}</h2>
        {standing.awards.length === 0 ? (
          <p className="muted">{t('certification.awards.none')}</p>
        ) : (
          <ul className="award-list">
            {standing.awards.map((award) => (
              <li key={award.id}>
                <strong>{levelName(award.level)}</strong>
                <span>
                  {t('certification.awards.line', {
                    version: award.programVersion,
                    awarded: date(award.awardedAt),
                    expires: date(award.expiresAt),
                  })}
                </span>
                {award.expiresAt <= now && (
                  <span className="tag">{t('certification.awards.expired')}</span>
                )}
                <Link href={`/certificate/${award.id}`} className="button">
                  {t('certification.viewCertificate')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
