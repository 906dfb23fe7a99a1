import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Scenario } from '../../engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../scenarios/bundled';
import { abandonAttempt, listAttempts } from '../../storage/attempts';
import { beginCall } from '../../storage/call-session';
import { getProfile } from '../../storage/profiles';
import { caseStatus, type CaseStatus } from '../../storage/progress';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';

export function LibraryScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const result = useLoaded(
    async () => ({ profile: await getProfile(profileId), attempts: await listAttempts(profileId) }),
    profileId,
  );
  if (result.state !== 'ready') return null;
  const { profile, attempts } = result.value;
  return (
    <section className="screen" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      {profile && <p className="lead">{t('library.greeting', { name: profile.name })}</p>}
      <ul className="case-grid">
        {BUNDLED_SCENARIOS.map((s) => (
          <li key={s.id}>
            <CaseCard scenario={s} profileId={profileId} status={caseStatus(attempts, s.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CaseCard({
  scenario,
  profileId,
  status,
}: {
  scenario: Scenario;
  profileId: string;
  status: CaseStatus;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const start = async () => {
    if (status.active) await abandonAttempt(status.active.id);
    navigate(`/call/${(await beginCall(profileId, scenario)).id}`);
  };
  const statusText = status.active
    ? t('library.status.inProgress')
    : status.best !== null
      ? t('library.status.best', { score: status.best })
      : t('library.status.new');
  return (
    <article className="case-card" aria-labelledby={`case-${scenario.id}`}>
      <div className="case-tags">
        <span className="tag">{t(`industry.${scenario.industry}`)}</span>
        <span className="tag">{t(`channel.${scenario.channel}`)}</span>
        <span className="tag" aria-label={t('library.difficulty', { level: scenario.difficulty })}>
          {'★'.repeat(scenario.difficulty)}
          {'☆'.repeat(5 - scenario.difficulty)}
        </span>
        <span
          className={`status status-${status.active ? 'active' : status.best !== null ? 'done' : 'new'}`}
        >
          {statusText}
        </span>
      </div>
      <h2 id={`case-${scenario.id}`}>{pick(scenario.title)}</h2>
      <p>{pick(scenario.briefing)}</p>
      <details>
        <summary>{t('library.objectives')}</summary>
        <ul>
          {scenario.objectives.map((o, i) => (
            <li key={i}>{pick(o)}</li>
          ))}
        </ul>
      </details>
      <div className="actions">
        {status.active ? (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => navigate(`/call/${status.active!.id}`)}
            >
              {t('library.resume')}
            </button>
            <button type="button" onClick={() => void start()}>
              {t('library.restart')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void start()}>
            {t('library.take')}
          </button>
        )}
      </div>
    </article>
  );
}
