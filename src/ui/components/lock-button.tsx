import { useTranslation } from 'react-i18next';
import { lockStaffRoles, useStaffUnlocked } from '../hooks/unlocked-roles';

/** In the header while a trainer or HR area is unlocked in this tab. */
export function LockButton() {
  const { t } = useTranslation();
  if (!useStaffUnlocked()) return null;
  return (
    <button type="button" className="lock-button" onClick={lockStaffRoles}>
      {t('security.lock')}
    </button>
  );
}
