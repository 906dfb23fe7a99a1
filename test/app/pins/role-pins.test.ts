import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_LOCKOUT_MS } from '../../../src/engine/pin-policy';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import {
  checkPin,
  lockStatus,
  resetWithRecoveryCode,
  setFirstPin,
} from '../../../src/app/pins/role-pins';
import { PIN_ITERATIONS } from '../../../src/storage/secrets';
import { freshDatabase } from '../../storage/setup-db';

// Each PBKDF2 derivation takes about 0.7 s in Node at the production work factor.
vi.setConfig({ testTimeout: 60_000 });

describe('role PINs', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('stores only salted PBKDF2 hashes, never the PIN or the recovery code', async () => {
    expect(await lockStatus('trainer')).toEqual({ state: 'not-set' });
    const code = await setFirstPin('trainer', '2468');
    const [stored] = await db.secrets.toArray();
    expect(stored).toMatchObject({ role: 'trainer', iterations: PIN_ITERATIONS });
    const text = JSON.stringify(stored);
    expect(text).not.toContain('2468');
    expect(text).not.toContain(code.replace(/-/g, ''));
    expect(stored!.salt).not.toBe(stored!.recoverySalt);
  });

  it('accepts the right PIN and counts down wrong ones', async () => {
    await setFirstPin('hr', '135790');
    expect(await checkPin('hr', '135790')).toEqual({ ok: true });
    expect(await checkPin('hr', '000000')).toEqual({ ok: false, reason: 'wrong', triesLeft: 4 });
    expect(await checkPin('trainer' as const, '1').catch((e: Error) => e.message)).toContain(
      'no PIN',
    );
  });

  it('refuses a second first-use PIN and a malformed one', async () => {
    await setFirstPin('hr', '1357');
    await expect(setFirstPin('hr', '2468')).rejects.toThrow('already');
    await expect(setFirstPin('trainer', '12a4')).rejects.toThrow('not-digits');
  });

  it('locks after five wrong tries, even to the right PIN, and doubles the next lockout', async () => {
    await setFirstPin('trainer', '2468');
    let now = 1_000_000;
    for (let i = 0; i < 4; i++) await checkPin('trainer', '1111', now);
    expect(await checkPin('trainer', '1111', now)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: now + FIRST_LOCKOUT_MS,
    });
    expect(await checkPin('trainer', '2468', now + 1000)).toMatchObject({ reason: 'locked' });
    now += FIRST_LOCKOUT_MS;
    for (let i = 0; i < 4; i++) await checkPin('trainer', '1111', now);
    expect(await checkPin('trainer', '1111', now)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: now + 2 * FIRST_LOCKOUT_MS,
    });
    now += 2 * FIRST_LOCKOUT_MS;
    expect(await checkPin('trainer', '2468', now)).toEqual({ ok: true });
    expect(await lockStatus('trainer', now)).toEqual({ state: 'open', triesLeft: 5 });
  });

  it('resets a forgotten PIN with the recovery code, once, even during a lockout', async () => {
    const code = await setFirstPin(`trainee:p1`, '1234');
    const now = 5_000_000;
    for (let i = 0; i < 5; i++) await checkPin('trainee:p1', '9999', now);
    expect(await lockStatus('trainee:p1', now)).toMatchObject({ state: 'locked' });
    expect(await resetWithRecoveryCode('trainee:p1', 'AAAA-BBBB-CCCC-DDDD', '5678', now)).toEqual({
      ok: false,
    });
    const reset = await resetWithRecoveryCode('trainee:p1', code.toLowerCase(), '5678', now);
    if (!reset.ok) throw new Error('the right recovery code was refused');
    expect(await lockStatus('trainee:p1', now)).toEqual({ state: 'open', triesLeft: 5 });
    expect(await checkPin('trainee:p1', '5678', now)).toEqual({ ok: true });
    expect(await checkPin('trainee:p1', '1234', now)).toMatchObject({ reason: 'wrong' });
    // The used code is spent; the new one works.
    expect(await resetWithRecoveryCode('trainee:p1', code, '0000', now)).toEqual({ ok: false });
    expect(
      await resetWithRecoveryCode('trainee:p1', reset.recoveryCode, '4321', now),
    ).toMatchObject({ ok: true });
  });
});
