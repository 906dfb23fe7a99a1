import { useTranslation } from 'react-i18next';
import { latestOverride } from '../../engine/grade-override';
import type { OverrideRecord } from '../../engine/records/override';
import { listOverrides } from '../../app/overrides/override-grade';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';

/**
 * A trainer's grade shown beside the call's own: "Trainer's grade 85 · original 72 · reason …".
 * The latest override stands; earlier ones stay listed. Renders nothing when there is none.
 */
export function OverriddenGrade({ overrides }: { overrides: readonly OverrideRecord[] }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  // The one that stands is the one every total counts (latestOverride), ties included.
  const latest = latestOverride(overrides);
  if (!latest) return null;
  const earlier = overrides.filter((o) => o !== latest).reverse();
  const line = (o: OverrideRecord) => (
    <>
      <span className="override-grade">
        {t('myGroup.override.trainerGrade')} <strong>{o.total}</strong>
      </span>
      {' · '}
      <span className="override-original">
        {t('myGroup.override.original')} {o.originalTotal}
      </span>
      {' · '}
      <span className="override-reason">
        {t('myGroup.override.reasonLabel')}
        {o.reason}
      </span>
      <span className="muted small override-by">
        {' '}
        — {t('myGroup.override.byOn', { by: o.by, date: new Date(o.at).toLocaleString(locale) })}
      </span>
    </>
  );
  return (
    <div className="overridden-grade" role="note" aria-label={t('myGroup.override.title')}>
      <p>{line(latest)}</p>
      {earlier.length > 0 && (
        <details>
          <summary>{t('myGroup.override.earlier', { count: earlier.length })}</summary>
          <ul>
            {earlier.map((o) => (
              <li key={o.id}>{line(o)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The overrides of one call, loaded by its id (for HR's drill-down into a trainee's calls). */
export function AttemptOverrides({ attemptId }: { attemptId: string }) {
  const result = useLoaded(() => listOverrides(attemptId), attemptId);
  return result.state === 'ready' ? <OverriddenGrade overrides={result.value} /> : null;
}
