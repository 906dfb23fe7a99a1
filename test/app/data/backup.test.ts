import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backUpEverything,
  backUpProfile,
  BackupRefusedError,
  checkBackup,
  restoreFromBackup,
} from '../../../src/app/data/backup';
import { setFirstPin } from '../../../src/app/pins/role-pins';
import { rememberProfile } from '../../../src/app/profiles/current-profile';
import { actAsOperator, lockStaffRoles, unlockRole } from '../../../src/app/session/tab-session';
import { traineeRole } from '../../../src/engine/pin-policy';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import { database } from '../../../src/storage/database';
import { createProfile, listProfiles } from '../../../src/storage/profiles';
import { freshDatabase } from '../../storage/setup-db';
import { fakeLocalStorage } from '../../support/fake-local-storage';

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

describe('what holds across a backup’s rows, checked before anything is written', () => {
  beforeEach(async () => {
    await freshDatabase();
    actAsOperator();
    await createProfile('王小明', '1024');
    await createProfile('李同事', '2048');
  });

  /** The machine's backup as JSON, changed by `edit`, as a file again. */
  async function editedBackup(edit: (backup: BackupJson) => void): Promise<Blob> {
    const backup = JSON.parse(await (await backUpEverything()).text()) as BackupJson;
    edit(backup);
    return new Blob([JSON.stringify(backup)]);
  }

  it('refuses one 工号 held by two people, at the second, and writes nothing', async () => {
    const file = await editedBackup((b) => {
      b.tables.profiles[1]!.employeeId = b.tables.profiles[0]!.employeeId;
      b.tables.profiles[1]!.name = '改过的名字';
    });
    const result = await restoreFromBackup(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      '$.tables.profiles[1].employeeId',
    ]);
    expect(!result.ok && result.problems[0]!.text!['zh-CN']).toContain('属于两个人');
    const names = (await listProfiles()).map((p) => p.name).sort();
    expect(names).toEqual(['李同事', '王小明'].sort());
  });

  it('refuses a stored case that cannot be played (its start leads nowhere), and writes nothing', async () => {
    const scenario = structuredClone(BUNDLED_SCENARIOS[0]!);
    scenario.id = 'hand-edited';
    scenario.start = 'nowhere';
    const file = await editedBackup((b) => {
      b.tables.scenarios.push({
        id: scenario.id,
        scenario,
        contentHash: 'a'.repeat(64),
        importedAt: Date.now(),
      });
    });
    const result = await checkBackup(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.path).toMatch(/^\$\.tables\.scenarios\[0\]\.scenario/);
    await expect(restoreFromBackup(file)).resolves.toMatchObject({ ok: false });
    expect(await database().scenarios.count()).toBe(0);
  });
});

interface BackupJson {
  tables: {
    profiles: Array<{ employeeId: string; name: string }>;
    scenarios: unknown[];
  };
}
