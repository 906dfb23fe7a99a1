import { useTranslation } from 'react-i18next';

/**
 * Shown instead of the app while another tab keeps an older version of the database open: the
 * upgrade cannot start until that tab lets go, and the trainee is the only one who can close it.
 */
export function UpgradeBlocked() {
  const { t } = useTranslation();
  return (
    <main className="screen notice panel upgrade-blocked">
      <h1>{t('safety.blockedTitle')}</h1>
      <p role="alert">{t('data.blocked')}</p>
      <p>{t('safety.blockedContinues')}</p>
    </main>
  );
}
