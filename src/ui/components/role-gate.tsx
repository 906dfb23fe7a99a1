import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unlockRole, useUnlocked } from '../hooks/unlocked-roles';

// Trainees never see a staff PIN form: it downloads only when a gate shows it.
const PinPrompt = lazy(() => import('./pin-prompt').then((m) => ({ default: m.PinPrompt })));

/** Shows its children only once this tab has been unlocked with the trainer's or HR's PIN. */
export function RoleGate({ role, children }: { role: 'trainer' | 'hr'; children: ReactNode }) {
  const { t } = useTranslation();
  const unlocked = useUnlocked(role);
  if (unlocked) return <>{children}</>;
  const roleName = t(`security.roles.${role}`);
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
