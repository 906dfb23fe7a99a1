import { useTranslation } from 'react-i18next';
import { listObservations } from '../../storage/observations';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import './roleplay.css';

/** A trainee's observed role-plays, shown on their history beside the simulated calls. */
export function ObservedRolePlays({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const result = useLoaded(() => listObservations(profileId), profileId);
  if (result.state !== 'ready' || result.value.length === 0) return null;
  return (
    <section className="observed" aria-labelledby="observed-title">
      <h2 id="observed-title">{t('roleplay.history.title')}</h2>
      <ul className="history-list">
        {result.value.map((o) => (
          <li key={o.id} className="history-row">
            <details className="observed-row">
              <summary className="history-link">
                <span className="history-title">
                  {o.scenarioTitle ? pick(o.scenarioTitle) : o.scenarioId}{' '}
                  <span className="muted small">
                    {t('history.version', { version: o.scenarioVersion })}
                  </span>
                </span>
                <span className="muted">{new Date(o.at).toLocaleString(locale)}</span>
                <span className="muted">
                  {t('roleplay.history.observer', { name: o.observerId })}
                </span>
                <span className="history-score">{o.total}</span>
              </summary>
              <p className="muted">
                {t('roleplay.history.met', {
                  met: o.checklist.filter((m) => m.met).length,
                  count: o.checklist.length,
                })}
              </p>
              {o.notes && <p>{o.notes}</p>}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
