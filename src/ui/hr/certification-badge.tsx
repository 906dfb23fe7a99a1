import { DEFAULT_PROGRAM } from '../../engine/certification/program';
import { useTranslation } from 'react-i18next';
import type { Certification } from '../../engine/roster';
import { useLocalized } from '../i18n/use-localized';

/** A person's certification status, with the expiry date when there is one, each said once. */
export function CertificationBadge({ certification }: { certification: Certification }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const { status, expiresAt, level } = certification;
  const levelName = DEFAULT_PROGRAM.levels.find((l) => l.id === level)?.name;
  const date = expiresAt ? new Date(expiresAt).toLocaleDateString(locale) : null;
  return (
    <span className="cert">
      <span className={`status cert-${status}`}>{t(`hr.statuses.${status}`)}</span>
      {levelName && status !== 'none' && <span className="cert-level"> · {pick(levelName)}</span>}
      {date && (
        <span className="muted small">
          {' '}
          {/* "Expiring soon" and "expired" already say what the date is: name it once. */}
          {status === 'certified' ? t('hr.expiresOn', { date }) : t('hr.onDate', { date })}
        </span>
      )}
    </span>
  );
}
