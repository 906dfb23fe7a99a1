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
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import { analysePaths } from '../../../src/engine/analyse-paths';
import { answeredCall } from '../../../src/engine/conversation';
import { nextLink, type SealableRecord, type SealedKind } from '../../../src/engine/ledger';
import { traineeRole } from '../../../src/engine/pin-policy';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../../../src/scenarios/bundled';
import { database } from '../../../src/storage/database';
import { storeOverride } from '../../../src/storage/overrides';
import type { AttemptRecord, AwardRecord, LedgerEntry } from '../../../src/storage/records';
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
    attempts: AttemptRecord[];
    awards: AwardRecord[];
    ledger: LedgerEntry[];
    overrides: Array<{ id: string }>;
  };
}

describe('what a restore does not take at the file’s word', () => {
  const scenario = findBundledScenario('air-conditioner-remote')!;
  let trainee: string;

  beforeEach(async () => {
    await freshDatabase();
    actAsOperator();
    trainee = (await createProfile('王小明', '1024')).id;
    // A weak call: its score is what a forger would raise.
    let attempt = await beginCall(trainee, scenario);
    let call = answeredCall(scenario);
    for (const id of analysePaths(scenario).worst.choices) {
      ({ attempt, call } = await recordReply(attempt, scenario, call, id));
    }
  });

  async function personalBackup(): Promise<BackupJson> {
    return JSON.parse(await (await backUpProfile(trainee)).text()) as BackupJson;
  }
  /** What anyone can do to a backup: seal an edited record again after the chain's head. */
  function reseal(
    backup: BackupJson,
    kind: SealedKind,
    record: SealableRecord & { profileId: string },
  ) {
    const head = backup.tables.ledger
      .filter((l) => l.profileId === record.profileId)
      .sort((a, b) => b.seq - a.seq)[0]!;
    backup.tables.ledger.push(nextLink(head, record.profileId, kind, record, Date.now()));
  }
  const asFile = (backup: BackupJson) => new Blob([JSON.stringify(backup)]);

  it('restores a raised score, its chain rebuilt, as refused: it counts toward nothing', async () => {
    const backup = await personalBackup();
    const call = backup.tables.attempts[0]!;
    const genuine = call.score!.total;
    expect(genuine).toBeLessThan(60);
    call.score!.total = 100;
    reseal(backup, 'attempt', call as unknown as SealableRecord & { profileId: string });

    const check = await checkBackup(asFile(backup));
    expect(check.ok && check.verification.every((v) => v.problems.length === 0)).toBe(true);
    expect(check.ok && check.trust.doubts).toEqual([
      expect.objectContaining({
        recordId: call.id,
        provenance: expect.objectContaining({ status: 'refused', reasons: ['replay-differs'] }),
      }),
    ]);
    await restoreFromBackup(asFile(backup));
    const summary = await database().profileSummaries.get(trainee);
    expect(summary?.finishedAttempts ?? 0).toBe(0);
    expect(summary?.bestByScenario['air-conditioner-remote']).toBeUndefined();
    const links = await database().ledger.where('recordId').equals(call.id).toArray();
    expect(links.at(-1)!.provenance?.status).toBe('refused');
  });

  it('leaves out a certificate added by hand, though its seal is in order', async () => {
    const backup = await personalBackup();
    const now = Date.now();
    const forged = {
      id: 'forged-award',
      profileId: trainee,
      employeeId: '1024',
      level: 'complaint-seat',
      programVersion: 1,
      evidence: { attemptIds: [], scenarioVersions: {}, quizAttemptIds: [], observationIds: [] },
      awardedAt: now,
      expiresAt: now + 365 * 86_400_000,
    };
    backup.tables.awards.push(forged);
    reseal(backup, 'award', forged as unknown as SealableRecord & { profileId: string });

    const check = await checkBackup(asFile(backup));
    expect(check.ok && check.trust.droppedAwardIds).toEqual(['forged-award']);
    await restoreFromBackup(asFile(backup));
    expect(await database().awards.count()).toBe(0);
  });

  it('restores a record changed after its seal as unverified, for HR to review', async () => {
    const backup = await personalBackup();
    const call = backup.tables.attempts[0]!;
    call.startedAt -= 60_000;
    const check = await checkBackup(asFile(backup));
    expect(
      check.ok &&
        check.trust.doubts.map((d) => [d.recordId, d.provenance.status, d.provenance.reasons]),
    ).toEqual([[call.id, 'unverified', ['altered']]]);
  });

  it('holds a trainer’s regrade in a trainee’s own backup for HR to review: nothing re-derives it', async () => {
    const played = (await database().attempts.toArray())[0]!;
    await storeOverride(played.id, (call) => ({
      originalTotal: call.score!.total,
      total: 100,
      reason: '问得细',
      by: '陈老师',
    }));
    const backup = await personalBackup();
    const check = await checkBackup(asFile(backup));
    const override = backup.tables.overrides[0]!;
    expect(check.ok && check.trust.doubts.map((d) => [d.recordId, d.provenance.status])).toEqual([
      [override.id, 'unverified'],
    ]);
    await restoreFromBackup(asFile(backup));
    const best = (await database().profileSummaries.get(trainee))!.bestByScenario;
    expect(best['air-conditioner-remote']).toBe(played.score!.total);
  });

  it('doubts nothing in a backup as it was made', async () => {
    const check = await checkBackup(asFile(await personalBackup()));
    expect(check.ok && check.trust).toEqual({ doubts: [], droppedAwardIds: [] });
    await restoreFromBackup(asFile(await personalBackup()));
    expect((await database().profileSummaries.get(trainee))?.finishedAttempts).toBe(1);
  });
});
