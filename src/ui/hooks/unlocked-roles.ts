import { useSyncExternalStore } from 'react';
import type { Role } from '../../engine/pin-policy';
import { isUnlocked, onSessionChange } from '../../app/session/tab-session';

// The tab's unlocks are kept by the application, which checks them before every attempt-scoped
// read or write; the screens only follow them.
export { isUnlocked, lockStaffRoles, unlockRole } from '../../app/session/tab-session';

export function useUnlocked(role: Role): boolean {
  return useSyncExternalStore(onSessionChange, () => isUnlocked(role));
}

export function useStaffUnlocked(): boolean {
  return useSyncExternalStore(onSessionChange, () => isUnlocked('trainer') || isUnlocked('hr'));
}
