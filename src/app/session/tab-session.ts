import { STAFF_ROLES, type Role } from '../../engine/pin-policy';
import { currentProfileId } from '../profiles/current-profile';
import { sealWithRolesFrom } from '../../storage/ledger';

// Unlocks live in this tab's memory only: closing or reloading the tab locks everything again.
let unlocked: ReadonlySet<Role> = new Set();
// A Node process (the test suite, a script run by whoever installed the app) has no tab to sign in
// to: it acts as the machine's operator once it says so, and never by default.
let operator = false;
const listeners = new Set<() => void>();

function change(next: ReadonlySet<Role>) {
  unlocked = next;
  listeners.forEach((l) => l());
}

/** Records that this tab has been unlocked for a role (a right PIN, or a profile without one). */
export const unlockRole = (role: Role) => change(new Set([...unlocked, role]));

/** Locks the staff roles (trainer, HR); a trainee stays signed in to their own profile. */
export const lockStaffRoles = () =>
  change(new Set([...unlocked].filter((r) => r.startsWith('trainee:'))));

export const isUnlocked = (role: Role) => unlocked.has(role);

/** Calls `listener` whenever a role is unlocked or locked in this tab. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For Node processes only (tests, scripts): act with every right, as the machine's operator. */
export const actAsOperator = (on = true) => {
  operator = on;
};

export const isOperator = () => operator;

/**
 * The trainee this tab is being used by, or null. A browser that refuses access to its storage
 * has no trainee, so it is refused rather than trusted.
 */
export function actingProfileId(): string | null {
  try {
    return currentProfileId();
  } catch {
    return null;
  }
}

// Every seal records the staff roles unlocked in this tab when it was made, so a trainer's record
// can show on another machine that it was made with the trainer role unlocked.
sealWithRolesFrom(() => STAFF_ROLES.filter((role) => operator || unlocked.has(role)));
