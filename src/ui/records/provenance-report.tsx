import { useTranslation } from 'react-i18next';
import type { PersonVerification } from '../../app/records/verify';
import { useLocalized } from '../i18n/use-localized';
import { useReasonText } from './reason-list';

/**
 * Per person, the records that came from other machines, each with its status (genuine, accepted,
 * unverified, refused, merged before signing), its source and HR's decision; and a roster summary
 * that no longer matches the sealed records.
 */
export function ProvenanceReport({ results }: { results: readonly PersonVerification[] }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const reasonText = useReasonText();
  const shown = results.filter((r) => r.merged.length > 0 || r.summaryDiffers);
  if (shown.length === 0) return null;
  return (
    <ul className="provenance-list">
      {shown.map((person) => (
        <li key={person.profileId} className="provenance-person" data-profile={person.employeeId}>
          <p className="verification-who">
            <strong>{person.name || t('security.verify.unknownProfile')}</strong>
            {person.employeeId && <span className="muted"> {person.employeeId}</span>}
          </p>
          {person.summaryDiffers && (
            <p className="plan-danger summary-differs">{t('provenance.summaryDiffers')}</p>
          )}
          {person.merged.length > 0 && <p>{t('provenance.verifyMerged')}</p>}
          <ul className="provenance-records">
            {person.merged.map((m) => {
              const { status, source, reasons, review } = m.provenance;
              return (
                <li
                  key={`${m.kind}:${m.recordId}`}
                  className={`provenance provenance-${status}`}
                  data-record={m.recordId}
                  data-status={status}
                >
                  <span className="provenance-status">{t(`provenance.statuses.${status}`)}</span>{' '}
                  {t(`security.verify.kinds.${m.kind}`)}{' '}
                  {m.title ? `“${pick(m.title)}”` : m.recordId.slice(0, 8)} ·{' '}
                  {source
                    ? t('provenance.verifySource', {
                        source: source.label
                          ? `${source.label} (${source.fingerprint})`
                          : source.fingerprint,
                      })
                    : t('provenance.verifyNoSource')}
                  {reasons.length > 0 && (
                    <span className="muted"> · {reasonText(reasons, m.withdrawal)}</span>
                  )}
                  {review && (
                    <span className="provenance-review">
                      {' '}
                      ·{' '}
                      {t('provenance.verifyReview', {
                        decision: t(`provenance.statuses.${review.decision}`),
                        by: review.by,
                        at: new Date(review.at).toLocaleString(locale),
                        why: review.why,
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
