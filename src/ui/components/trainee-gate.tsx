import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { traineeRole } from '../../engine/pin-policy';
import { lockStatus } from '../../storage/secrets';
import { useUnlocked } from '../hooks/unlocked-roles';
import { useLoaded } from '../hooks/use-loaded';

/**
 * A profile protected by its trainee's PIN opens only after the PIN was entered in this tab;
 * otherwise it is back to the profile screen, which asks for it.
 */
export function TraineeGate({ profileId, children }: { profileId: string; children: ReactNode }) {
  const role = traineeRole(profileId);
  const unlocked = useUnlocked(role);
  const status = useLoaded(() => lockStatus(role), role);
  if (unlocked) return <>{children}</>;
  if (status.state === 'loading') return null;
  if (status.state === 'ready' && status.value.state === 'not-set') return <>{children}</>;
  return <Redirect to="/" />;
}
