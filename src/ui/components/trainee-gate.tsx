import { useEffect, type ReactNode } from 'react';
import { Redirect } from 'wouter';
import { traineeRole } from '../../engine/pin-policy';
import { lockStatus } from '../../app/pins/role-pins';
import { unlockRole, useUnlocked } from '../hooks/unlocked-roles';
import { useLoaded } from '../hooks/use-loaded';

/**
 * A profile protected by its trainee's PIN opens only after the PIN was entered in this tab;
 * otherwise it is back to the profile screen, which asks for it.
 */
export function TraineeGate({ profileId, children }: { profileId: string; children: ReactNode }) {
  const role = traineeRole(profileId);
  const unlocked = useUnlocked(role);
  const status = useLoaded(() => lockStatus(role), role);
  const open = status.state === 'ready' && status.value.state === 'not-set';
  // A profile without a PIN counts as unlocked for this tab, so later screens skip the lookup.
  useEffect(() => {
    if (open) unlockRole(role);
  }, [open, role]);
  if (unlocked || open) return <>{children}</>;
  if (status.state === 'loading') return null;
  return <Redirect to="/" />;
}
