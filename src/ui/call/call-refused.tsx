import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { staffAreas } from '../../app/pins/setup-code';
import { RoleGate } from '../components/role-gate';

/**
 * Shown instead of a call or debrief this tab may not open. The application has already refused
 * it and written nothing; this only says so and offers the ways back. A debrief may be read by a
 * trainer or HR, so there it also offers their PIN (a reload locks staff roles again).
 */
export function CallRefused({ staffMayRead = false }: { staffMayRead?: boolean }) {
  const { t } = useTranslation();
  const [asRole, setAsRole] = useState<'trainer' | 'hr' | null>(null);
  const offerStaff = staffMayRead && staffAreas() !== 'lms-package';
  return (
    <section className="screen notice" aria-labelledby="refused-title">
      <h1 id="refused-title">{t('call.refused.title')}</h1>
      <p role="alert">{t('call.refused.body')}</p>
      <p className="muted">{t('call.refused.nothingChanged')}</p>
      <div className="actions">
        <Link href="/library" className="button primary">
          {t('call.backToLibrary')}
        </Link>
        <Link href="/" className="button">
          {t('call.refused.switchProfile')}
        </Link>
        {offerStaff &&
          (['trainer', 'hr'] as const).map((role) => (
            <button
              key={role}
              type="button"
              aria-pressed={asRole === role}
              onClick={() => setAsRole(role)}
            >
              {t(`call.refused.readAs.${role}`)}
            </button>
          ))}
      </div>
      {/* Once unlocked, the debrief screen loads again by itself and this notice goes. */}
      {offerStaff && asRole && <RoleGate role={asRole}>{null}</RoleGate>}
    </section>
  );
}
