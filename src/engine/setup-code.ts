import { normalizeRecoveryCode } from './pin-policy';

/**
 * The installation's setup code: whoever sets the first trainer or HR PIN must have it, so the
 * staff roles never go to whoever opens the page first. Only the installer sees it (printed by
 * `npm start`, or supplied when the app is built for hosting); the build keeps only its SHA-256.
 *
 * It is Crockford base32 like the recovery codes (5 bits a character, no I, L, O or U), read the
 * same forgiving way: case, spaces and dashes do not matter.
 */
export const normalizeSetupCode = normalizeRecoveryCode;

/** 20 characters of 5 bits: the 100 bits below which a hash of the code could be searched. */
export const SETUP_CODE_MIN_CHARACTERS = 20;

export type SetupCodeProblem = 'not-base32' | 'too-short';

/** Why a code (as typed or supplied) cannot be a setup code, or null. */
export function setupCodeProblem(code: string): SetupCodeProblem | null {
  const normalized = normalizeSetupCode(code);
  if (!/^[0-9A-HJKMNP-TV-Z]*$/.test(normalized)) return 'not-base32';
  if (normalized.length < SETUP_CODE_MIN_CHARACTERS) return 'too-short';
  return null;
}
