import { afterEach, describe, expect, it } from 'vitest';
import { backUpEverything, restoreFromBackup } from '../../../src/app/data/backup';
import { installationFingerprint } from '../../../src/app/records/installation-key';
import {
  enrolMachine,
  listMachines,
  MachineRefusedError,
  withdrawMachine,
} from '../../../src/app/records/machines';
import { applyMergePlan, checkRecordsBundle } from '../../../src/app/records/records-bundle';
import { recordsToReview } from '../../../src/app/records/review';
import { verifyAll } from '../../../src/app/records/verify';
import { actAsOperator, lockStaffRoles, unlockRole } from '../../../src/app/session/tab-session';
import { latestLinks } from '../../../src/engine/provenance';
import { getSummary } from '../../../src/storage/profile-summaries';
import { createProfile } from '../../../src/storage/profiles';
import { exportRecordsBundle } from '../../../src/app/records/records-bundle';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';
import { finishedCall, installation } from './installation';

const scenario = fakeScenario();
const typed = (fingerprint: string) => fingerprint.toUpperCase().replace(/-/g, ' ');
const A = 'a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90';

afterEach(() => {
  // Every other test acts as the machine's operator (test/operator-session.ts).
  lockStaffRoles();
  actAsOperator();
});

/**
 * A trainee's machine: a bundle exported after one call, and another exported after a second call
 * — both signed by this machine, and both before HR withdraws it anywhere.
 */
async function traineeMachine() {
  await installation(scenario);
  const there = await createProfile('王小明', '1024');
  const first = await finishedCall(scenario, there.id);
  const before = await exportRecordsBundle();
  const second = await finishedCall(scenario, there.id);
  return {
    first,
    second,
    before,
    after: await exportRecordsBundle(),
    fingerprint: await installationFingerprint(),
  };
}

describe('withdrawing an enrolled machine', () => {
  it('records who withdrew it, when and why; it stays listed as withdrawn', async () => {
    await freshDatabase();
    await enrolMachine(typed(A), '培训室 1 号机', '人事 张', 10);
    const result = await withdrawMachine(A, '  人事 李 ', ' 笔记本丢失 ', 20);
    expect(result).toEqual({
      ok: true,
      machine: {
        fingerprint: A,
        label: '培训室 1 号机',
        enrolledBy: '人事 张',
        enrolledAt: 10,
        withdrawal: { by: '人事 李', at: 20, why: '笔记本丢失' },
      },
    });
    expect(await listMachines()).toEqual([result.ok && result.machine]);
  });

  it('refuses without HR’s name or a reason, and writes nothing', async () => {
    await freshDatabase();
    await enrolMachine(A, '培训室 1 号机', '人事 张', 10);
    expect(await withdrawMachine(A, ' ', '', 20)).toEqual({ ok: false, problems: ['by', 'why'] });
    expect(await withdrawMachine(A, '人事 李', '   ', 20)).toEqual({
      ok: false,
      problems: ['why'],
    });
    expect(await withdrawMachine(A, '人事 李'.repeat(11), '丢失', 20)).toEqual({
      ok: false,
      problems: ['by'],
    });
    expect((await listMachines())[0]!.withdrawal).toBeUndefined();
  });

  it('refuses a machine that is not enrolled, or one already withdrawn (the first withdrawal stands)', async () => {
    await freshDatabase();
    expect(await withdrawMachine(A, '人事 李', '丢失', 20)).toEqual({
      ok: false,
      problems: ['not-enrolled'],
    });
    expect(await listMachines()).toEqual([]);
    await enrolMachine(A, '培训室 1 号机', '人事 张', 10);
    await withdrawMachine(A, '人事 李', '丢失', 20);
    expect(await withdrawMachine(A, '人事 王', '换新机', 30)).toEqual({
      ok: false,
      problems: ['already-withdrawn'],
    });
    expect((await listMachines())[0]!.withdrawal).toEqual({ by: '人事 李', at: 20, why: '丢失' });
  });

  it('is HR’s alone: a tab not unlocked as HR can neither withdraw nor enrol', async () => {
    await freshDatabase();
    await enrolMachine(A, '培训室 1 号机', '人事 张', 10);
    actAsOperator(false);
    lockStaffRoles();
    unlockRole('trainer');
    await expect(withdrawMachine(A, '人事 李', '丢失', 20)).rejects.toBeInstanceOf(
      MachineRefusedError,
    );
    await expect(enrolMachine(A, '改名', '培训师', 20)).rejects.toBeInstanceOf(MachineRefusedError);
    expect(await listMachines()).toMatchObject([{ label: '培训室 1 号机', enrolledBy: '人事 张' }]);
    expect((await listMachines())[0]!.withdrawal).toBeUndefined();
    unlockRole('hr');
    expect(await withdrawMachine(A, '人事 李', '丢失', 20)).toMatchObject({ ok: true });
  });

  it('can be enrolled again: a new enrolment with its own who and when, each earlier one kept with its withdrawal', async () => {
    await freshDatabase();
    await enrolMachine(A, '培训室 1 号机', '人事 张', 10);
    await withdrawMachine(A, '人事 李', '指纹抄错了机器', 20);
    const again = await enrolMachine(typed(A), '培训室 1 号机（新）', '人事 王', 30);
    const firstTerm = {
      label: '培训室 1 号机',
      enrolledBy: '人事 张',
      enrolledAt: 10,
      withdrawal: { by: '人事 李', at: 20, why: '指纹抄错了机器' },
    };
    expect(again).toEqual({
      ok: true,
      machine: {
        fingerprint: A,
        label: '培训室 1 号机（新）',
        enrolledBy: '人事 王',
        enrolledAt: 30,
        earlier: [firstTerm],
      },
    });
    await withdrawMachine(A, '人事 王', '换新电脑', 40);
    await enrolMachine(A, '培训室 1 号机', '人事 张', 50);
    expect((await listMachines())[0]).toMatchObject({
      enrolledBy: '人事 张',
      enrolledAt: 50,
      earlier: [
        firstTerm,
        {
          label: '培训室 1 号机（新）',
          enrolledBy: '人事 王',
          enrolledAt: 30,
          withdrawal: { by: '人事 王', at: 40, why: '换新电脑' },
        },
      ],
    });
  });

  it('a backup and its restore carry the withdrawal and the earlier enrolments', async () => {
    const db = await freshDatabase();
    await enrolMachine(A, '培训室 1 号机', '人事 张', 10);
    await withdrawMachine(A, '人事 李', '丢失', 20);
    await enrolMachine(A, '培训室 1 号机', '人事 王', 30);
    await withdrawMachine(A, '人事 王', '又丢了', 40);
    const before = await listMachines();
    const backup = await backUpEverything();
    await db.machines.clear();
    expect(await restoreFromBackup(backup)).toMatchObject({ ok: true });
    expect(await listMachines()).toEqual(before);
  });
});

describe('bundles signed by a withdrawn machine', () => {
  it('are unverified, however long before the withdrawal they were signed, with who withdrew it, when and why; what was merged before keeps its provenance', async () => {
    const { first, second, before, after, fingerprint } = await traineeMachine();
    const db = await installation(scenario);
    const here = await createProfile('王小明', '1024');
    await enrolMachine(fingerprint, '培训室 1 号机', '人事 张', 10);
    const enrolled = await checkRecordsBundle(before);
    if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.problems));
    await applyMergePlan(enrolled.plan, []);

    await withdrawMachine(fingerprint, '人事 李', '笔记本丢失', 20);
    // `after` was signed before the withdrawal; it is merged after it.
    const check = await checkRecordsBundle(after);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.plan.source).toEqual({
      state: 'withdrawn',
      machine: { fingerprint, label: '培训室 1 号机' },
      withdrawal: { by: '人事 李', at: 20, why: '笔记本丢失' },
    });
    expect(check.plan.genuine).toEqual([]);
    expect(check.plan.unverified).toEqual([
      { table: 'attempts', id: second.id, employeeId: '1024', reasons: ['withdrawn-source'] },
    ]);
    expect(check.plan.duplicates.map((d) => d.id)).toEqual([first.id]);
    await applyMergePlan(check.plan, []);

    const links = latestLinks(await db.ledger.toArray());
    expect(links.get(`attempt:${first.id}`)!.provenance).toMatchObject({
      status: 'genuine',
      source: { fingerprint, label: '培训室 1 号机' },
      reasons: [],
    });
    expect(links.get(`attempt:${second.id}`)!.provenance).toMatchObject({
      status: 'unverified',
      source: { fingerprint, label: '培训室 1 号机' },
      reasons: ['withdrawn-source'],
    });
    // Only the call merged while the machine was enrolled counts.
    expect((await getSummary(here.id))!.finishedAttempts).toBe(1);

    // HR's review list and Verify say who withdrew the machine, when and why: the seal keeps only
    // the reason, the machine list the rest.
    const withdrawal = { by: '人事 李', at: 20, why: '笔记本丢失' };
    expect(await recordsToReview()).toMatchObject([{ recordId: second.id, withdrawal }]);
    const merged = (await verifyAll()).flatMap((person) => person.merged);
    expect(merged.find((m) => m.recordId === second.id)!.withdrawal).toEqual(withdrawal);
    expect(merged.find((m) => m.recordId === first.id)!.withdrawal).toBeUndefined();
  });

  it('a record merged while the machine was withdrawn keeps naming that withdrawal after later ones', async () => {
    const { second, after, fingerprint } = await traineeMachine();
    await installation(scenario);
    await createProfile('王小明', '1024');
    await enrolMachine(fingerprint, '培训室 1 号机', '人事 张', 10);
    await withdrawMachine(fingerprint, '人事 李', '笔记本丢失', 20);
    const check = await checkRecordsBundle(after);
    if (!check.ok) throw new Error('refused');
    await applyMergePlan(check.plan, []);
    // Enrolled again and lost again, after the merge and before HR got to the review.
    const later = Date.now() + 60_000;
    await enrolMachine(fingerprint, '培训室 1 号机', '人事 王', later);
    await withdrawMachine(fingerprint, '人事 王', '又丢了', later + 1);
    const waiting = await recordsToReview();
    expect(waiting.map((r) => r.recordId)).toContain(second.id);
    for (const record of waiting)
      expect(record.withdrawal).toEqual({ by: '人事 李', at: 20, why: '笔记本丢失' });
  });

  it('count again once the machine is enrolled again: the unverified call merged meanwhile is sealed genuine', async () => {
    const { second, after, fingerprint } = await traineeMachine();
    const db = await installation(scenario);
    const here = await createProfile('王小明', '1024');
    await enrolMachine(fingerprint, '培训室 1 号机', '人事 张', 10);
    await withdrawMachine(fingerprint, '人事 李', '指纹抄错了机器', 20);
    const withdrawn = await checkRecordsBundle(after);
    if (!withdrawn.ok) throw new Error('refused');
    await applyMergePlan(withdrawn.plan, []);
    expect((await getSummary(here.id))!.finishedAttempts).toBe(0);

    await enrolMachine(fingerprint, '培训室 1 号机', '人事 王', 30);
    const again = await checkRecordsBundle(after);
    if (!again.ok) throw new Error('refused');
    expect(again.plan.source).toEqual({
      state: 'enrolled',
      machine: { fingerprint, label: '培训室 1 号机' },
    });
    expect(again.plan.promoted.map((p) => p.id)).toContain(second.id);
    await applyMergePlan(again.plan, []);
    expect(
      latestLinks(await db.ledger.toArray()).get(`attempt:${second.id}`)!.provenance,
    ).toMatchObject({ status: 'genuine', reasons: [] });
    expect((await getSummary(here.id))!.finishedAttempts).toBe(2);
  });
});
