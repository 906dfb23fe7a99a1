import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { onStorageEvent } from '../../app/data/device-storage';

/** Tells the trainee when records may be at risk, and what to do. */
export function StorageBanners({ wiped }: { wiped: boolean }) {
  const { t } = useTranslation();
  const [event, setEvent] = useState<'replaced-by-newer-tab' | 'upgrade-blocked' | null>(null);
  useEffect(() => onStorageEvent(setEvent), []);
  return (
    <>
      {wiped && (
        <p role="alert" className="banner">
          {t('data.wiped')} <Link href="/data">{t('data.goRestore')}</Link>
        </p>
      )}
      {event === 'replaced-by-newer-tab' && (
        <p role="alert" className="banner">
          {t('data.newerTab')}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('app.reload')}
          </button>
        </p>
      )}
      {event === 'upgrade-blocked' && (
        <p role="alert" className="banner">
          {t('data.blocked')}
        </p>
      )}
    </>
  );
}
