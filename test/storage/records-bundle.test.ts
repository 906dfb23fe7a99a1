import { describe, expect, it } from 'vitest';
import { answeredCall } from '../../src/engine/conversation';
import { beginCall } from '../../src/app/calls/begin-call';
import { recordReply } from '../../src/app/calls/record-reply';
import { getSummary } from '../../src/storage/profile-summaries';
import { createProfile } from '../../src/storage/profiles';
import {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
} from '../../src/storage/records-bundle';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

async function finishedCall(profileId: string) {
  let attempt = await beginCall(profileId, scenario);
  let call = answeredCall(scenario);
  for (const id of ['calm', 'ask', 'fix']) {
    ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, id));
  }
  return attempt;
}

describe('records bundles', () => {
  it('merge one machine onto another by employee id, and recognise duplicates the second time', async () => {
    await freshDatabase();
    const there = await createProfile('王小明', '1024');
    const call = await finishedCall(there.id);
    await createProfile('李娜', '2048');
    const bundle = await exportRecordsBundle();

    const db = await freshDatabase();
    const here = await createProfile('王小明', '1024');
    const first = await checkRecordsBundle(bundle);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.plan.newProfiles.map((p) => p.employeeId)).toEqual(['2048']);
    expect(await applyMergePlan(first.plan)).toBe(2);
    const merged = await db.attempts.get(call.id);
    expect(merged!.profileId).toBe(here.id);
    expect((await getSummary(here.id))!.finishedAttempts).toBe(1);

    const second = await checkRecordsBundle(bundle);
    if (!second.ok) throw new Error('refused');
    expect(second.plan.duplicates.map((d) => d.id)).toEqual([call.id]);
    expect(second.plan.newProfiles).toEqual([]);
    expect(await applyMergePlan(second.plan)).toBe(0);
    expect((await getSummary(here.id))!.finishedAttempts).toBe(1);
  });

  it('refuses a broken or hostile file with located problems and writes nothing', async () => {
    const db = await freshDatabase();
    const bad = (text: string) => checkRecordsBundle(new Blob([text]));
    expect(await bad('{"format":')).toMatchObject({ ok: false });
    const polluted = await bad(
      '{"format":"complaint-desk-records","formatVersion":1,"exportedAt":1,"profiles":[],"attempts":[],"awards":[],"__proto__":{"x":1}}',
    );
    expect(polluted).toMatchObject({ ok: false });
    const wrong = await bad(
      '{"format":"complaint-desk-records","formatVersion":1,"exportedAt":1,"profiles":[{"id":"p","name":"王","employeeId":"=1+1","createdAt":1}],"attempts":[],"awards":[]}',
    );
    expect(wrong.ok ? [] : wrong.problems.map((p) => p.path)).toEqual(['$.profiles[0].employeeId']);
    expect(await db.profiles.count()).toBe(0);
  });

  it('flag a call whose score was edited after its seal, and every call of a chain that was cut', async () => {
    await freshDatabase();
    const there = await createProfile('王小明', '1024');
    const call = await finishedCall(there.id);
    const exported = JSON.parse(await (await exportRecordsBundle()).text()) as {
      attempts: Array<{ id: string; score: { total: number } }>;
      ledger: Array<{ recordId: string; prevHash: string }>;
    };
    expect(exported.ledger.map((l) => l.recordId)).toEqual([call.id]);
    const check = async (bundle: unknown) => {
      await freshDatabase();
      const result = await checkRecordsBundle(new Blob([JSON.stringify(bundle)]));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.plan.flagged.map((f) => f.id);
    };

    expect(await check(exported)).toEqual([]);
    const edited = structuredClone(exported);
    edited.attempts[0]!.score.total -= 30;
    expect(await check(edited)).toEqual([call.id]);
    const cut = structuredClone(exported);
    cut.ledger[0]!.prevHash = 'f'.repeat(64);
    expect(await check(cut)).toEqual([call.id]);
  });
});
