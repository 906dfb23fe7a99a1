import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backUpEverything,
  backUpProfile,
  BackupRefusedError,
  restoreFromBackup,
} from '../../../src/app/data/backup';
import { setFirstPin } from '../../../src/app/pins/role-pins';
import { rememberProfile } from '../../../src/app/profiles/current-profile';
import { actAsOperator, lockStaffRoles, unlockRole } from '../../../src/app/session/tab-session';
import { traineeRole } from '../../../src/engine/pin-policy';
import { createProfile } from '../../../src/storage/profiles';
import { freshDatabase } from '../../storage/setup-db';

/** A browser tab's remembered profile, which Node does not have. */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
}

describe('who may take a backup', () => {
  let trainee: string;
  let colleague: string;

  beforeEach(async () => {
    await freshDatabase();
    actAsOperator();
    trainee = (await createProfile('王小明', '1024')).id;
    colleague = (await createProfile('李同事', '2048')).id;
    await setFirstPin(traineeRole(colleague), '246810');
    actAsOperator(false);
    fakeLocalStorage();
    rememberProfile(trainee);
  });

  afterEach(() => {
    lockStaffRoles();
    actAsOperator();
    vi.unstubAllGlobals();
  });

  it('a trainee backs up their own records, never a PIN-protected colleague’s', async () => {
    const mine = JSON.parse(await (await backUpProfile(trainee)).text());
    expect(mine.scope).toEqual({ kind: 'profile', profileId: trainee });
    await expect(backUpProfile(colleague)).rejects.toThrow(BackupRefusedError);
    rememberProfile(colleague);
    await expect(backUpProfile(colleague)).rejects.toThrow(BackupRefusedError);
    unlockRole(traineeRole(colleague));
    await expect(backUpProfile(colleague)).resolves.toBeInstanceOf(Blob);
  });

  it('everything, and restoring, only with HR unlocked in this tab', async () => {
    await expect(backUpEverything()).rejects.toThrow(BackupRefusedError);
    const mine = await backUpProfile(trainee);
    await expect(restoreFromBackup(mine)).rejects.toThrow(BackupRefusedError);
    unlockRole('trainer');
    await expect(backUpEverything()).rejects.toThrow(BackupRefusedError);
    unlockRole('hr');
    const all = JSON.parse(await (await backUpEverything()).text());
    expect(all.scope).toEqual({ kind: 'all' });
    expect(all.tables.profiles).toHaveLength(2);
    await expect(restoreFromBackup(mine)).resolves.toMatchObject({ ok: true });
  });
});
