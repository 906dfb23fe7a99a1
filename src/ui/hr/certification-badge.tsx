import { useTranslation } from 'react-i18next';
import type { Certification } from '../../engine/roster';
import { useLocalized } from '../i18n/use-localized';

/** A person's certification status, with the expiry date when there is one. */
export function CertificationBadge({ certification }: { certification: Certification }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { status, expiresAt } = certification;
  const date = expiresAt ? new Date(expiresAt).toLocaleDateString(locale) : null;
  return (
    <span className="cert">
      <span className={`status cert-${status}`}>{t(`hr.statuses.${status}`)}</span>
      {date && (
        <span className="muted small">
          {' '}
          {status === 'expired' ? t('hr.expiredOn', { date }) : t('hr.expiresOn', { date })}
        </span>
      )}
    </span>
  );
}
