import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { abandonCall, answerCall, setCallTimed } from '../../../src/app/calls/call-controls';
import { accessCall, CallRefusedError, mayDo } from '../../../src/app/calls/ownership';
import { recordReply } from '../../../src/app/calls/record-reply';
import { resumeCall } from '../../../src/app/calls/resume-call';
import { spotCue } from '../../../src/app/calls/spot-cue';
import { overrideGrade } from '../../../src/app/overrides/override-grade';
import { setFirstPin } from '../../../src/app/pins/role-pins';
import { rememberProfile } from '../../../src/app/profiles/current-profile';
import { actAsOperator, lockStaffRoles, unlockRole } from '../../../src/app/session/tab-session';
import { ringingCall } from '../../../src/engine/conversation';
import { traineeRole } from '../../../src/engine/pin-policy';
import { replayChoices } from '../../../src/engine/replay';
import { database } from '../../../src/storage/database';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';
import { fakeLocalStorage } from '../../support/fake-local-storage';

const scenario = fakeScenario();

/** Every row of every table a call's writes touch, to show a refusal wrote nothing. */
async function everything() {
  const db = database();
  const [attempts, steps, ledger, overrides, summaries] = await Promise.all([
    db.attempts.toArray(),
    db.steps.toArray(),
    db.ledger.toArray(),
    db.overrides.toArray(),
    db.profileSummaries.toArray(),
  ]);
  return { attempts, steps, ledger, overrides, summaries };
}

describe('whose call it is', () => {
  let colleague: string;
  let trainee: string;
  let open: Awaited<ReturnType<typeof beginCall>>;
  let finished: Awaited<ReturnType<typeof beginCall>>;

  beforeEach(async () => {
    await freshDatabase();
    actAsOperator();
    colleague = (await createProfile('李同事', '2048')).id;
    trainee = (await createProfile('王小明', '1024')).id;
    // The colleague protects their profile, then leaves one call open and finishes another.
    await setFirstPin(traineeRole(colleague), '246810');
    open = await recordReplies(await beginCall(colleague, scenario), scenario, ['calm']);
    finished = await recordReplies(await beginCall(colleague, scenario), scenario, [
      'calm',
      'policy',
      'fix',
    ]);
    // From here on this is a browser tab where the trainee has chosen their own profile.
    actAsOperator(false);
    fakeLocalStorage();
    rememberProfile(trainee);
    lockStaffRoles();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    actAsOperator();
  });

  const refused = expect.any(CallRefusedError);

  it("refuses a trainee every write to a colleague's call, and writes nothing", async () => {
    const before = await everything();
    const call = replayChoices(scenario, open.choices).snapshot;
    await expect(recordReply(open, scenario, call, 'ask')).rejects.toEqual(refused);
    await expect(answerCall(open, scenario, ringingCall(scenario))).rejects.toEqual(refused);
    await expect(setCallTimed(open.id, true)).rejects.toEqual(refused);
    await expect(abandonCall(open.id)).rejects.toEqual(refused);
    const keyCue = finished.transcript.findIndex((e) => e.keyCue);
    await expect(spotCue(finished, keyCue + 1)).rejects.toEqual(refused);
    await expect(
      beginCall(trainee, scenario, { retryFrom: { attempt: finished, turn: 2 } }),
    ).rejects.toEqual(refused);
    await expect(beginCall(colleague, scenario)).rejects.toEqual(refused);
    await expect(
      overrideGrade(finished.id, { total: 10, reason: '乱改', by: '王' }),
    ).rejects.toEqual(refused);
    await expect(resumeCall(open, scenario)).rejects.toEqual(refused);
    expect(await everything()).toEqual(before);
  });

  it('refuses even reading a colleague’s call, and says not-found for no call at all', async () => {
    expect(await accessCall(finished.id, 'view')).toEqual({
      kind: 'refused',
      attemptId: finished.id,
      action: 'view',
    });
    expect((await accessCall('no-such-call', 'view')).kind).toBe('not-found');
  });

  it('decides by the stored owner, whoever the caller says the call belongs to', async () => {
    expect(await accessCall(open.id, 'continue', trainee)).toEqual({
      kind: 'refused',
      attemptId: open.id,
      action: 'continue',
    });
    const forged = { ...open, profileId: trainee };
    const call = replayChoices(scenario, open.choices).snapshot;
    const before = await everything();
    await expect(recordReply(forged, scenario, call, 'ask')).rejects.toEqual(refused);
    expect(await everything()).toEqual(before);
  });

  it('lets the colleague in only once their PIN was entered in this tab', async () => {
    rememberProfile(colleague);
    expect((await accessCall(open.id, 'continue')).kind).toBe('refused');
    unlockRole(traineeRole(colleague));
    expect((await accessCall(open.id, 'continue')).kind).toBe('allowed');
    const call = replayChoices(scenario, open.choices).snapshot;
    const { attempt } = await recordReply(open, scenario, call, 'ask');
    expect(attempt.choices).toEqual(['calm', 'ask']);
  });

  it('treats a profile without a PIN as its own trainee’s when chosen in this tab', async () => {
    actAsOperator();
    const own = await beginCall(trainee, scenario);
    actAsOperator(false);
    const access = await accessCall(own.id, 'continue');
    expect(access.kind).toBe('allowed');
    expect(access.kind === 'allowed' && access.standings).toEqual(['owner']);
    expect(await setCallTimed(own.id, true)).toMatchObject({ timed: true });
  });

  it('lets a trainer read and grade a call but never speak or mark the cue in it', async () => {
    unlockRole('trainer');
    expect((await accessCall(finished.id, 'view')).kind).toBe('allowed');
    const before = await everything();
    const keyCue = finished.transcript.findIndex((e) => e.keyCue);
    await expect(spotCue(finished, keyCue)).rejects.toEqual(refused);
    const call = replayChoices(scenario, open.choices).snapshot;
    await expect(recordReply(open, scenario, call, 'ask')).rejects.toEqual(refused);
    expect(await everything()).toEqual(before);
    const override = await overrideGrade(finished.id, {
      total: 70,
      reason: '复核录音',
      by: '张老师',
    });
    expect(override).toMatchObject({ attemptId: finished.id, profileId: colleague, total: 70 });
  });

  it('lets HR read a call but not grade it', async () => {
    unlockRole('hr');
    expect((await accessCall(finished.id, 'view')).kind).toBe('allowed');
    await expect(
      overrideGrade(finished.id, { total: 70, reason: '复核', by: '人事' }),
    ).rejects.toEqual(refused);
    expect(await database().overrides.count()).toBe(0);
  });
});

describe('what each standing may do', () => {
  it('keeps going on with a call, its cue and retries to its own trainee', () => {
    for (const action of ['continue', 'mark-cue', 'retry'] as const) {
      expect(mayDo(['owner'], action)).toBe(true);
      expect(mayDo(['trainer', 'hr'], action)).toBe(false);
    }
    expect(mayDo(['owner'], 'override')).toBe(false);
    expect(mayDo(['trainer'], 'override')).toBe(true);
    expect(mayDo([], 'view')).toBe(false);
  });
});
