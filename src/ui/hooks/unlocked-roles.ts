import { useSyncExternalStore } from 'react';
import type { Role } from '../../engine/pin-policy';

// Unlocks live in this tab's memory only: closing or reloading the tab locks everything again.
let unlocked: ReadonlySet<Role> = new Set();
const listeners = new Set<() => void>();

function change(next: ReadonlySet<Role>) {
  unlocked = next;
  listeners.forEach((l) => l());
}

export const unlockRole = (role: Role) => change(new Set([...unlocked, role]));

/** Locks the staff roles (trainer, HR); a trainee stays signed in to their own profile. */
export const lockStaffRoles = () =>
  change(new Set([...unlocked].filter((r) => r.startsWith('trainee:'))));

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnlocked(role: Role): boolean {
  return useSyncExternalStore(subscribe, () => unlocked.has(role));
}

export function useStaffUnlocked(): boolean {
  return useSyncExternalStore(subscribe, () => unlocked.has('trainer') || unlocked.has('hr'));
}

export const isUnlocked = (role: Role) => unlocked.has(role);
