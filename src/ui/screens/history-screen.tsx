import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listAttempts } from '../../app/history/calls';
import { EarlierModelTag } from '../components/earlier-model-tag';
import { CallTags } from '../history/call-tags';
import { caseShapes } from '../history/case-shapes';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { ObservedRolePlays } from '../roleplay/observed-role-plays';

export function HistoryScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const result = useLoaded(async () => {
    const [attempts, shapes] = await Promise.all([listAttempts(profileId), caseShapes()]);
    return { attempts, shapes };
  }, profileId);
  if (result.state !== 'ready') return null;
  const { attempts, shapes } = result.value;
  return (
    <section className="screen" aria-labelledby="history-title">
      <h1 id="history-title">{t('history.title')}</h1>
      {attempts.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul className="history-list">
          {attempts.map((a) => (
            <li key={a.id} className="history-row">
              <Link
                href={
                  a.status === 'active'
                    ? `/call/${a.id}`
                    : a.status === 'finished'
                      ? `/debrief/${a.id}`
                      : `/call/${a.id}`
                }
                className="history-link"
              >
                <span className="history-title">
                  {pick(a.scenarioTitle)}{' '}
                  <span className="muted small">
                    {t('history.version', { version: a.scenarioVersion })}
                  </span>{' '}
                  <EarlierModelTag call={a} />{' '}
                  <CallTags replyMode={a.replyMode} shape={shapes.get(a.scenarioId)} />
                </span>
                <span className="muted">{new Date(a.startedAt).toLocaleString(locale)}</span>
                <span className={`status status-${a.status}`}>
                  {t(`history.statuses.${a.status}`)}
                  {a.practice && <span className="tag tag-practice">{t('history.practice')}</span>}
                </span>
                <span className="history-score">{a.score ? `${a.score.total}` : '—'}</span>
                {a.outcome && (
                  <span className={`outcome outcome-${a.outcome}`}>
                    {t(`outcome.${a.outcome}`)}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <ObservedRolePlays profileId={profileId} />
    </section>
  );
}
