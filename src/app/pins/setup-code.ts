import { normalizeSetupCode, setupCodeProblem } from '../../engine/setup-code';

/**
 * The SHA-256 (hex) of the installation's normalized setup code, put in by the build
 * (vite.config.ts `define`): null when built without one, and always in a SCORM package.
 */
declare const __SETUP_CODE_HASH__: string | null | undefined;

/** The build's setup-code hash; undefined when the code runs unbuilt (unit tests). */
export const BUILT_SETUP_CODE_HASH: string | null =
  typeof __SETUP_CODE_HASH__ === 'string' ? __SETUP_CODE_HASH__ : null;

/**
 * Whether this copy of the app has trainer and HR areas: a SCORM package has none (each learner's
 * browser would otherwise hand the roles to the first learner), and a build without a setup code
 * cannot give anyone a new staff PIN.
 */
export type StaffAreas = 'open' | 'no-setup-code' | 'lms-package';

export function staffAreas(
  mode: string = import.meta.env.MODE,
  expected: string | null = BUILT_SETUP_CODE_HASH,
): StaffAreas {
  if (mode === 'scorm') return 'lms-package';
  return expected ? 'open' : 'no-setup-code';
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * True when `typed` is the installation's setup code. A plain SHA-256 is enough here: the code
 * has at least 100 random bits, so its hash in the built files cannot be searched backwards.
 */
export async function setupCodeMatches(
  typed: string,
  expected: string | null = BUILT_SETUP_CODE_HASH,
): Promise<boolean> {
  if (!expected || setupCodeProblem(typed)) return false;
  return (await sha256Hex(normalizeSetupCode(typed))) === expected;
}
