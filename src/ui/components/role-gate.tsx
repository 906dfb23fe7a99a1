import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { staffAreas } from '../../app/pins/setup-code';
import { loadAllMessages } from '../i18n/i18n';
import { unlockRole, useUnlocked } from '../hooks/unlocked-roles';

// Trainees never see a staff PIN form: it downloads only when a gate shows it.
const PinPrompt = lazy(() =>
  Promise.all([import('./pin-prompt'), loadAllMessages()]).then(([m]) => ({
    default: m.PinPrompt,
  })),
);

/**
 * Shows its children only once this tab has been unlocked with the trainer's or HR's PIN. A SCORM
 * package has no staff areas at all: it says so instead of asking for a PIN.
 */
export function RoleGate({ role, children }: { role: 'trainer' | 'hr'; children: ReactNode }) {
  const { t } = useTranslation();
  const unlocked = useUnlocked(role);
  const roleName = t(`security.roles.${role}`);
  if (staffAreas() === 'lms-package') {
    return (
      <section className="panel role-gate" aria-labelledby={`gate-${role}`}>
        <h2 id={`gate-${role}`}>{t('security.gateTitle', { role: roleName })}</h2>
        <p role="alert">{t('security.setupCode.lmsPackage')}</p>
      </section>
    );
  }
  if (unlocked) return <>{children}</>;
  return (
    <section className="panel role-gate" aria-labelledby={`gate-${role}`}>
      <h2 id={`gate-${role}`}>{t('security.gateTitle', { role: roleName })}</h2>
      <p className="muted">{t(`security.gateIntro.${role}`)}</p>
      <Suspense fallback={null}>
        <PinPrompt role={role} roleName={roleName} onUnlocked={() => unlockRole(role)} />
      </Suspense>
    </section>
  );
}
