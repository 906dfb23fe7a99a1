import { useTranslation } from 'react-i18next';
import { OBSERVER_CHECKLIST } from '../../engine/observer-checklist';
import { listObservations } from '../../app/observations/save-observation';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import './roleplay.css';

/** A trainee's observed role-plays, shown on their history beside the simulated calls. */
export function ObservedRolePlays({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const result = useLoaded(() => listObservations(profileId), profileId);
  const label = (itemId: string) => {
    const item = OBSERVER_CHECKLIST.find((i) => i.id === itemId);
    return item ? pick(item.label) : itemId;
  };
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
              <p>
                {o.checklist
                  .filter((m) => m.met)
                  .map((m) => label(m.itemId))
                  .join(t('library.listSeparator'))}
              </p>
              {o.checklist.some((m) => m.note) && (
                <ul className="observed-notes">
                  {o.checklist
                    .filter((m) => m.note)
                    .map((m) => (
                      <li key={m.itemId}>
                        {t('roleplay.history.noteLine', { item: label(m.itemId), note: m.note })}
                      </li>
                    ))}
                </ul>
              )}
              {o.notes && <p>{o.notes}</p>}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
