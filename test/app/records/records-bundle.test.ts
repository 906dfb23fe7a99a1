import { describe, expect, it } from 'vitest';
import {
  installationFingerprint,
  installationKey,
} from '../../../src/app/records/installation-key';
import { signBody } from '../../../src/engine/signing';
import {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
  type BundleProgress,
  type MergeProgress,
} from '../../../src/app/records/records-bundle';
import { latestLinks } from '../../../src/engine/provenance';
import { getSummary } from '../../../src/storage/profile-summaries';
import { createProfile } from '../../../src/storage/profiles';
import { useKeyDatabase } from '../../../src/storage/installation-key';
import { storeObservation } from '../../../src/storage/observations';
import { actAsOperator, lockStaffRoles, unlockRole } from '../../../src/app/session/tab-session';
import { fakeScenario } from '../../fakes';
import { useDatabase } from '../../../src/storage/database';
import { playedVersion } from '../../../src/app/library/played-version';
import { contentHash } from '../../../src/engine/content-hash';
import { storeImportedCases } from '../../../src/storage/import-pack';
import { freshDatabase } from '../../storage/setup-db';
import { finishedCall, installation } from './installation';

const scenario = fakeScenario();

/** A trainee's machine with one finished call; its bundle and fingerprint. */
async function traineeMachine() {
  const keyName = `key-${crypto.randomUUID()}`;
  await installation(scenario, keyName);
  const there = await createProfile('王小明', '1024');
  const call = await finishedCall(scenario, there.id);
  await createProfile('李娜', '2048');
  return {
    call,
    keyName,
    bundle: await exportRecordsBundle(),
    fingerprint: await installationFingerprint(),
  };
}

async function hrMachine(enrol?: string) {
  const db = await installation(scenario);
  if (enrol) {
    await db.machines.add({
      fingerprint: enrol,
      label: '培训室 1 号机',
      enrolledBy: '人事 张',
      enrolledAt: 1,
    });
  }
  return db;
}

/** A bundle as a text editor sees it. */
interface BundleFile extends Record<string, unknown> {
  attempts: Array<{ score: { total: number } }>;
  profiles: Array<{ id: string }>;
  awards?: unknown[];
  signature?: string;
}
const text = async (blob: Blob) => JSON.parse(await blob.text()) as BundleFile;
const blob = (value: unknown) => new Blob([JSON.stringify(value)]);

describe('records bundles are claims', () => {
  it('a bundle signed by an enrolled machine merges as genuine, with its source; the second time all duplicates', async () => {
    const { call, bundle, fingerprint } = await traineeMachine();
    const db = await hrMachine(fingerprint);
    const here = await createProfile('王小明', '1024');
    const first = await checkRecordsBundle(bundle);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.plan.source).toEqual({
      state: 'enrolled',
      machine: { fingerprint, label: '培训室 1 号机' },
    });
    expect(first.plan.genuine.map((r) => r.id)).toEqual([call.id]);
    expect(first.plan.unverified).toEqual([]);
    expect(first.plan.refused).toEqual([]);
    expect((await applyMergePlan(first.plan, [])).written).toBe(2);
    expect((await db.attempts.get(call.id))!.profileId).toBe(here.id);
    expect((await getSummary(here.id))!.finishedAttempts).toBe(1);
    const link = latestLinks(await db.ledger.toArray()).get(`attempt:${call.id}`)!;
    expect(link.profileId).toBe(here.id);
    expect(link.provenance).toMatchObject({
      status: 'genuine',
      source: { fingerprint, label: '培训室 1 号机' },
    });

    const second = await checkRecordsBundle(bundle);
    if (!second.ok) throw new Error('refused');
    expect(second.plan.duplicates.map((d) => d.id)).toEqual([call.id]);
    expect((await applyMergePlan(second.plan, [])).written).toBe(0);
    expect((await getSummary(here.id))!.finishedAttempts).toBe(1);
  });

  it('a bundle from a machine HR has not enrolled merges as unverified and counts toward nothing', async () => {
    const { call, bundle } = await traineeMachine();
    const db = await hrMachine();
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error('refused');
    expect(check.plan.source.state).toBe('unknown-source');
    expect(check.plan.unverified).toEqual([
      { table: 'attempts', id: call.id, employeeId: '1024', reasons: ['unknown-source'] },
    ]);
    await applyMergePlan(check.plan, []);
    const person = (await db.profiles.where('employeeId').equals('1024').first())!;
    expect((await getSummary(person.id))!.finishedAttempts).toBe(0);
  });

  it('HR accepting the unverified records at merge time records who, when and why, and they count', async () => {
    const { call, bundle } = await traineeMachine();
    const db = await hrMachine();
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error('refused');
    await applyMergePlan(check.plan, [], { by: '人事 张', why: '当面核对过' }, 5);
    const link = latestLinks(await db.ledger.toArray()).get(`attempt:${call.id}`)!;
    expect(link.provenance).toMatchObject({
      status: 'accepted',
      reasons: ['unknown-source'],
      review: { decision: 'accepted', by: '人事 张', at: 5, why: '当面核对过' },
    });
    const person = (await db.profiles.where('employeeId').equals('1024').first())!;
    expect((await getSummary(person.id))!.finishedAttempts).toBe(1);
  });

  it('refuses a call whose score its replies do not give, even re-signed by an enrolled machine', async () => {
    const { call, bundle, fingerprint, keyName } = await traineeMachine();
    const edited = await text(bundle);
    edited.attempts[0]!.score.total = call.score!.total === 100 ? 99 : 100;
    await hrMachine(fingerprint);
    const check = await checkRecordsBundle(blob(edited));
    if (!check.ok) throw new Error('refused');
    // The edit breaks the signature and the seal, and the replay gives another score.
    expect(check.plan.source.state).toBe('bad-signature');
    expect(check.plan.refused).toEqual([
      {
        table: 'attempts',
        id: call.id,
        employeeId: '1024',
        reasons: ['replay-differs', 'bad-signature', 'altered'],
      },
    ]);
    // What would be written is the call as replayed here, not the claim.
    expect(check.plan.added.attempts[0]!).toMatchObject({ score: { total: call.score!.total } });

    // Someone with developer tools on the enrolled machine signs the edit: still refused.
    useKeyDatabase(keyName);
    const { signature: _dropped, ...body } = edited;
    const resigned = {
      ...body,
      signature: await signBody((await installationKey()).privateKey, body),
    };
    const again = await checkRecordsBundle(blob(resigned));
    if (!again.ok) throw new Error('refused');
    expect(again.plan.source.state).toBe('enrolled');
    expect(again.plan.refused.map((r) => r.reasons)).toEqual([['replay-differs', 'altered']]);
  });

  it('an unsigned bundle, or one whose chain was cut, is unverified; certificates are never imported', async () => {
    const { call, bundle, fingerprint } = await traineeMachine();
    const unsigned = await text(bundle);
    delete unsigned.signature;
    unsigned.awards = [
      {
        id: 'forged-award',
        profileId: unsigned.profiles[0]!.id,
        employeeId: '1024',
        level: 'complaint-seat',
        programVersion: 1,
        evidence: { attemptIds: [], scenarioVersions: {}, quizAttemptIds: [], observationIds: [] },
        awardedAt: 1,
        expiresAt: 2_100_000_000_000,
      },
    ];
    const db = await hrMachine(fingerprint);
    const check = await checkRecordsBundle(blob(unsigned));
    if (!check.ok) throw new Error('refused');
    expect(check.plan.source.state).toBe('unsigned');
    expect(check.plan.unverified.map((r) => [r.id, r.reasons])).toEqual([[call.id, ['unsigned']]]);
    expect(check.plan.certificates.map((c) => c.id)).toEqual(['forged-award']);
    await applyMergePlan(check.plan, []);
    expect(await db.awards.count()).toBe(0);
  });

  it('a trainer’s observation counts only if the trainer role was unlocked when it was sealed', async () => {
    const keyName = `key-${crypto.randomUUID()}`;
    await installation(scenario, keyName);
    const trainee = await createProfile('王小明', '1024');
    const observed = (observerId: string) =>
      storeObservation({
        profileId: trainee.id,
        scenarioId: scenario.id,
        scenarioVersion: 1,
        observerId,
        checklist: [],
        total: 90,
        notes: '',
      });
    actAsOperator(false);
    lockStaffRoles();
    unlockRole('trainer');
    const withRole = await observed('陈老师');
    lockStaffRoles();
    const without = await observed('不知谁');
    actAsOperator();
    const bundle = await exportRecordsBundle();
    useKeyDatabase(keyName);
    const fingerprint = await installationFingerprint();
    await hrMachine(fingerprint);
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.plan.genuine.map((r) => r.id)).toEqual([withRole.id]);
    expect(check.plan.unverified).toEqual([
      { table: 'observations', id: without.id, employeeId: '1024', reasons: ['no-trainer-role'] },
    ]);
  });

  it('a record merged unverified becomes genuine when its machine, enrolled since, sends it again', async () => {
    const { call, bundle, fingerprint } = await traineeMachine();
    const db = await hrMachine();
    const first = await checkRecordsBundle(bundle);
    if (!first.ok) throw new Error('refused');
    await applyMergePlan(first.plan, []);
    const person = (await db.profiles.where('employeeId').equals('1024').first())!;
    expect((await getSummary(person.id))!.finishedAttempts).toBe(0);

    await db.machines.add({ fingerprint, label: '一号机', enrolledBy: '人事', enrolledAt: 2 });
    const again = await checkRecordsBundle(bundle);
    if (!again.ok) throw new Error('refused');
    expect(again.plan.promoted).toEqual([{ table: 'attempts', id: call.id, profileId: person.id }]);
    expect(again.plan.duplicates).toEqual([]);
    expect((await applyMergePlan(again.plan, [])).written).toBe(1);
    const link = latestLinks(await db.ledger.toArray()).get(`attempt:${call.id}`)!;
    expect(link.provenance).toMatchObject({ status: 'genuine', source: { label: '一号机' } });
    expect((await getSummary(person.id))!.finishedAttempts).toBe(1);

    const third = await checkRecordsBundle(bundle);
    if (!third.ok) throw new Error('refused');
    expect(third.plan.promoted).toEqual([]);
    expect(third.plan.duplicates.map((d) => d.id)).toEqual([call.id]);
  });
});

describe('checking a records bundle always ends, and says how far it has come', () => {
  it('tells each step as it goes, every record weighed, then the plan', async () => {
    const { bundle } = await traineeMachine();
    await hrMachine();
    const heard: BundleProgress[] = [];
    const check = await checkRecordsBundle(bundle, (progress) => heard.push(progress));
    expect(check.ok).toBe(true);
    expect(heard.map((p) => p.step).filter((s, i, all) => s !== all[i - 1])).toEqual([
      'reading',
      'signature',
      'weighing',
      'planning',
    ]);
    // One finished call: weighed from none to all of it.
    const weighed = heard.flatMap((p) => (p.step === 'weighing' ? [[p.done, p.total]] : []));
    expect(weighed.at(0)).toEqual([0, 1]);
    expect(weighed.at(-1)).toEqual([1, 1]);
  });

  it('a file that cannot be read ends in a message in both languages, not in an endless check', async () => {
    await hrMachine();
    // What a browser gives for a file moved or changed after it was chosen.
    const unreadable = new Blob(['{}']);
    unreadable.arrayBuffer = () =>
      Promise.reject(new DOMException('the file could not be read', 'NotReadableError'));
    const check = await checkRecordsBundle(unreadable);
    if (check.ok) throw new Error('an unreadable file was planned');
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]!.path).toBe('$');
    expect(check.problems[0]!.text).toEqual({
      en: 'the file could not be checked (the file could not be read); nothing was merged',
      'zh-CN': '无法检查这个文件（the file could not be read）；没有合并任何内容',
    });
  });

  it('a bundle from a newer version of the app says so, once, and what to do', async () => {
    const { bundle } = await traineeMachine();
    await hrMachine();
    const newer = { ...(await text(bundle)), schemaVersion: 99, futureTable: [] };
    const check = await checkRecordsBundle(blob(newer));
    if (check.ok) throw new Error('a newer bundle was planned');
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]!.path).toBe('$.schemaVersion');
    expect(check.problems[0]!.text!['zh-CN']).toContain('较新版本的应用生成');
    expect(check.problems[0]!.todo!['zh-CN']).toContain('先更新这台机器上的应用');
  });

  it('a database that refuses to answer ends the check with its reason', async () => {
    const db = await hrMachine();
    const { bundle } = await traineeMachine();
    useDatabase(db);
    db.close();
    const check = await checkRecordsBundle(bundle);
    if (check.ok) throw new Error('planned without this machine’s records');
    expect(check.problems[0]!.text!.en).toMatch(
      /^the file could not be checked \(.+\); nothing was merged$/,
    );
    expect(check.problems[0]!.text!['zh-CN']).toMatch(/^无法检查这个文件（.+）；没有合并任何内容$/);
  });
});

describe('applying a plan says how far it has come, then what it merged', () => {
  it("the rows written, the sealing, then each person's certificates once the merge has committed", async () => {
    const { bundle, fingerprint } = await traineeMachine();
    await hrMachine(fingerprint);
    const here = await createProfile('王小明', '1024');
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error('refused');
    const heard: MergeProgress[] = [];
    const outcome = await applyMergePlan(check.plan, [], undefined, 5, (p) => heard.push(p));
    expect(heard.map((p) => p.step).filter((s, i, all) => s !== all[i - 1])).toEqual([
      'writing',
      'sealing',
      'certificates',
    ]);
    const writing = heard.flatMap((p) => (p.step === 'writing' ? [[p.done, p.total]] : []));
    // One new person (李娜) and one call: from none of the two rows to both.
    expect(writing.at(0)).toEqual([0, 2]);
    expect(writing.at(-1)).toEqual([2, 2]);
    // Only the person who gained the call has certificates to re-derive.
    expect(heard.filter((p) => p.step === 'certificates')).toEqual([
      { step: 'certificates', done: 0, total: 1, written: 2 },
      { step: 'certificates', done: 1, total: 1, written: 2 },
    ]);
    expect(outcome).toEqual({
      written: 2,
      merged: {
        profiles: 1,
        attempts: 1,
        observations: 0,
        overrides: 0,
        quizAttempts: 0,
        promoted: 0,
      },
      certified: 1,
      notCertified: null,
    });
    expect((await getSummary(here.id))!.finishedAttempts).toBe(1);
  });

  it('a certificate that fails after the commit leaves the records merged and names who is left', async () => {
    const { call, bundle, fingerprint } = await traineeMachine();
    const db = await hrMachine(fingerprint);
    const here = await createProfile('王小明', '1024');
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error('refused');
    const outcome = await applyMergePlan(check.plan, [], undefined, 5, (progress) => {
      // The person goes (another tab) between the commit and their certificates' turn.
      if (progress.step === 'certificates' && progress.done === 0) void db.profiles.delete(here.id);
    });
    expect(outcome.written).toBe(2);
    expect(outcome.certified).toBe(0);
    expect(outcome.notCertified?.profileIds).toEqual([here.id]);
    expect(outcome.notCertified?.message).toMatch(/profile/);
    expect(await db.attempts.get(call.id)).toBeDefined();
  });

  it('a plan with nothing left to write reports no certificates', async () => {
    const { bundle, fingerprint } = await traineeMachine();
    await hrMachine(fingerprint);
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error('refused');
    await applyMergePlan(check.plan, []);
    const heard: MergeProgress[] = [];
    const again = await applyMergePlan(check.plan, [], undefined, 5, (p) => heard.push(p));
    expect(again).toMatchObject({ written: 0, certified: 0, notCertified: null });
    expect(heard.some((p) => p.step === 'certificates')).toBe(false);
  });
});

describe('a case replaced after calls were played on it', () => {
  it('keeps the version each call was played on: its debrief finds it, its bundle carries it, and HR counts it', async () => {
    await installation(scenario);
    const trainee = await createProfile('王小明', '1024');
    const onFirst = await finishedCall(scenario, trainee.id);
    const revised = {
      ...scenario,
      version: scenario.version + 1,
      title: { 'zh-CN': '改过的案例', en: 'The revised case' },
    };
    await storeImportedCases(
      [
        {
          id: revised.id,
          scenario: revised,
          contentHash: await contentHash(revised),
          importedAt: 2,
        },
      ],
      [],
      2,
    );
    expect(await playedVersion(scenario.id, onFirst.contentHash)).toEqual(scenario);
    const onRevised = await finishedCall(revised, trainee.id);
    expect(onRevised.contentHash).not.toBe(onFirst.contentHash);
    const bundle = await exportRecordsBundle();
    const carried = (await text(bundle)).packs as Array<{ contentHash: string }>;
    expect(carried.map((p) => p.contentHash).sort()).toEqual(
      [onFirst.contentHash, onRevised.contentHash].sort(),
    );

    // HR's machine has imported neither version: the bundle's packs are all it replays on.
    const fingerprint = await installationFingerprint();
    useKeyDatabase(`key-${crypto.randomUUID()}`);
    const hr = await freshDatabase();
    await hr.machines.add({
      fingerprint,
      label: '培训室 1 号机',
      enrolledBy: '人事 张',
      enrolledAt: 1,
    });
    await createProfile('王小明', '1024');
    const check = await checkRecordsBundle(bundle);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.plan.genuine.map((r) => r.id).sort()).toEqual([onFirst.id, onRevised.id].sort());
    expect(check.plan.unverified).toEqual([]);
    expect(check.plan.refused).toEqual([]);
    // HR's machine keeps both versions, so the merged calls' debriefs draw their maps there too.
    await applyMergePlan(check.plan, []);
    expect(await playedVersion(scenario.id, onFirst.contentHash)).toEqual(scenario);
    expect(await playedVersion(scenario.id, onRevised.contentHash)).toEqual(revised);
  });

  it('keeps no pack whose case does not hash to the version it claims, nor one no call of the bundle used', async () => {
    await installation(scenario);
    const trainee = await createProfile('王小明', '1024');
    const call = await finishedCall(scenario, trainee.id);
    const file = await text(await exportRecordsBundle());
    const [pack] = file.packs as Array<{ contentHash: string; scenario: typeof scenario }>;
    const forged = {
      ...pack!,
      scenario: { ...pack!.scenario, briefing: { 'zh-CN': '改过', en: 'Edited' } },
    };
    const unused = { contentHash: 'f'.repeat(64), scenario: { ...scenario, id: 'never-played' } };
    delete file.signature;

    useKeyDatabase(`key-${crypto.randomUUID()}`);
    await freshDatabase();
    await createProfile('王小明', '1024');
    const check = await checkRecordsBundle(blob({ ...file, packs: [forged, unused] }));
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.plan.caseVersions).toEqual([]);
    await applyMergePlan(check.plan, []);
    expect(await playedVersion(scenario.id, call.contentHash)).toBeUndefined();
  });
});
