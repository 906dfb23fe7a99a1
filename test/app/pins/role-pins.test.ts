import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_LOCKOUT_MS } from '../../../src/engine/pin-policy';
import { normalizeSetupCode } from '../../../src/engine/setup-code';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import {
  changeShortPin,
  checkPin,
  lockStatus,
  resetWithRecoveryCode,
  setFirstPin,
} from '../../../src/app/pins/role-pins';
import * as secrets from '../../../src/storage/secrets';
import { PIN_ITERATIONS } from '../../../src/storage/secrets';
import { freshDatabase } from '../../storage/setup-db';

// Each PBKDF2 derivation takes about 0.7 s in Node at the production work factor.
vi.setConfig({ testTimeout: 60_000 });

const SETUP_CODE = 'K7Q2M-9ZX4T-B8N3R-W6C1H-5PD0F';
const expectedSetupCode = createHash('sha256').update(normalizeSetupCode(SETUP_CODE)).digest('hex');
const setup = { setupCode: SETUP_CODE, expectedSetupCode };

/** A role's first PIN, which must be set; its recovery code. */
async function firstPin(role: Parameters<typeof setFirstPin>[0], pin: string) {
  const result = await setFirstPin(role, pin, setup);
  if (!result.ok) throw new Error(`${role}: ${result.reason}`);
  return result.recoveryCode;
}

describe('role PINs', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('stores only salted PBKDF2 hashes, never the PIN or the recovery code', async () => {
    expect(await lockStatus('trainer')).toEqual({ state: 'not-set' });
    const code = await firstPin('trainer', '246813');
    const [stored] = await db.secrets.toArray();
    expect(stored).toMatchObject({ role: 'trainer', iterations: PIN_ITERATIONS });
    const text = JSON.stringify(stored);
    expect(text).not.toContain('246813');
    expect(text).not.toContain(code.replace(/-/g, ''));
    expect(stored!.salt).not.toBe(stored!.recoverySalt);
  });

  it('sets no staff PIN without the setup code, and reads the code as typed', async () => {
    expect(await setFirstPin('hr', '135790', { expectedSetupCode })).toEqual({
      ok: false,
      reason: 'wrong-setup-code',
    });
    expect(
      await setFirstPin('hr', '135790', {
        setupCode: 'K7Q2M-9ZX4T-B8N3R-W6C1H-5PD0G',
        expectedSetupCode,
      }),
    ).toEqual({ ok: false, reason: 'wrong-setup-code' });
    // A build without a setup code lets nobody set a staff PIN, whatever is typed.
    expect(await setFirstPin('trainer', '135790', { setupCode: SETUP_CODE })).toMatchObject({
      ok: false,
    });
    expect(await db.secrets.count()).toBe(0);
    const typed = ` ${SETUP_CODE.toLowerCase().replace(/-/g, ' ')} `;
    expect(
      await setFirstPin('hr', '135790', { setupCode: typed, expectedSetupCode }),
    ).toMatchObject({ ok: true });
  });

  it('lets a trainee protect their own profile without any setup code', async () => {
    expect(await setFirstPin('trainee:p1', '1234')).toMatchObject({ ok: true });
  });

  it('accepts the right PIN and counts down wrong ones', async () => {
    await firstPin('hr', '135790');
    expect(await checkPin('hr', '135790')).toEqual({ ok: true, mustChange: false });
    expect(await checkPin('hr', '000000')).toEqual({ ok: false, reason: 'wrong', triesLeft: 4 });
    expect(await checkPin('trainer' as const, '1').catch((e: Error) => e.message)).toContain(
      'no PIN',
    );
  });

  it('refuses a second first-use PIN, a malformed one, and a staff PIN under 6 digits', async () => {
    await firstPin('hr', '135791');
    await expect(setFirstPin('hr', '246802', setup)).rejects.toThrow('already');
    await expect(setFirstPin('trainer', '12a456', setup)).rejects.toThrow('not-digits');
    await expect(setFirstPin('trainer', '12345', setup)).rejects.toThrow('too-short');
  });

  it('has a staff PIN shorter than 6 digits replaced at the next unlock, keeping the recovery code', async () => {
    const code = await firstPin('trainer', '246813');
    // A 4-digit PIN as older versions allowed, written as they wrote it.
    await secrets.replacePin('trainer', '2468', { failures: 0, lockouts: 0, lockedUntil: 0 }, 1);
    expect(await checkPin('trainer', '2468')).toEqual({ ok: true, mustChange: true });
    await expect(changeShortPin('trainer', '2468', '1357')).rejects.toThrow('too-short');
    expect(await changeShortPin('trainer', '9999', '135790')).toMatchObject({ reason: 'wrong' });
    expect(await changeShortPin('trainer', '2468', '135790')).toEqual({
      ok: true,
      mustChange: false,
    });
    expect(await checkPin('trainer', '2468')).toMatchObject({ reason: 'wrong' });
    expect(await checkPin('trainer', '135790')).toEqual({ ok: true, mustChange: false });
    expect(await resetWithRecoveryCode('trainer', code, '864213')).toMatchObject({ ok: true });
  });

  it('locks after five wrong tries, even to the right PIN, and doubles the next lockout', async () => {
    await firstPin('trainer', '246813');
    let now = 1_000_000;
    for (let i = 0; i < 4; i++) await checkPin('trainer', '111111', now);
    expect(await checkPin('trainer', '111111', now)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: now + FIRST_LOCKOUT_MS,
    });
    expect(await checkPin('trainer', '246813', now + 1000)).toMatchObject({ reason: 'locked' });
    now += FIRST_LOCKOUT_MS;
    for (let i = 0; i < 4; i++) await checkPin('trainer', '111111', now);
    expect(await checkPin('trainer', '111111', now)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: now + 2 * FIRST_LOCKOUT_MS,
    });
    now += 2 * FIRST_LOCKOUT_MS;
    expect(await checkPin('trainer', '246813', now)).toEqual({ ok: true, mustChange: false });
    expect(await lockStatus('trainer', now)).toEqual({ state: 'open', triesLeft: 5 });
  });

  it('counts eight wrong PINs tried at once: five are checked, the lockout stops the rest unhashed', async () => {
    await firstPin('hr', '246813');
    const hashed = vi.spyOn(secrets, 'pinMatches');
    const now = 2_000_000;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => checkPin('hr', `10000${i}`, now)),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'wrong')).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(4);
    expect(hashed).toHaveBeenCalledTimes(5);
    expect(await db.secrets.get('hr')).toMatchObject({
      failures: 0,
      lockouts: 1,
      lockedUntil: now + FIRST_LOCKOUT_MS,
    });
    // Even the right PIN waits out the lockout.
    expect(await checkPin('hr', '246813', now + 1)).toMatchObject({ reason: 'locked' });
    hashed.mockRestore();
  });

  it('resets a forgotten PIN with the recovery code, once, even during a lockout', async () => {
    const code = await firstPin(`trainee:p1`, '1234');
    const now = 5_000_000;
    for (let i = 0; i < 5; i++) await checkPin('trainee:p1', '9999', now);
    expect(await lockStatus('trainee:p1', now)).toMatchObject({ state: 'locked' });
    expect(await resetWithRecoveryCode('trainee:p1', 'AAAA-BBBB-CCCC-DDDD', '5678', now)).toEqual({
      ok: false,
    });
    const reset = await resetWithRecoveryCode('trainee:p1', code.toLowerCase(), '5678', now);
    if (!reset.ok) throw new Error('the right recovery code was refused');
    expect(await lockStatus('trainee:p1', now)).toEqual({ state: 'open', triesLeft: 5 });
    expect(await checkPin('trainee:p1', '5678', now)).toEqual({ ok: true, mustChange: false });
    expect(await checkPin('trainee:p1', '1234', now)).toMatchObject({ reason: 'wrong' });
    // The used code is spent; the new one works.
    expect(await resetWithRecoveryCode('trainee:p1', code, '0000', now)).toEqual({ ok: false });
    expect(
      await resetWithRecoveryCode('trainee:p1', reset.recoveryCode, '4321', now),
    ).toMatchObject({ ok: true });
  });
});
