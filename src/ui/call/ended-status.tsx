import { useTranslation } from 'react-i18next';
import type { AttemptRecord } from '../../engine/records/attempt';

/** How a finished call or sent letter ended, and the focused way to its debrief. */
export function EndedStatus({
  title,
  outcome,
  onDebrief,
}: {
  title: string;
  outcome: AttemptRecord['outcome'];
  onDebrief: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="ended" role="status">
      <p className="ended-title">{title}</p>
      {outcome && <p className={`outcome outcome-${outcome}`}>{t(`outcome.${outcome}`)}</p>}
      <button type="button" className="primary" autoFocus onClick={onDebrief}>
        {t('call.openDebrief')}
      </button>
    </div>
  );
}
