import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { startScormReport, type ScormRuntime } from '../../../src/app/lms/scorm-report';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';
import { fakeLocalStorage } from '../../support/fake-local-storage';

const scenario = fakeScenario();

/** A SCORM 1.2 LMS that keeps what it is told. */
function fakeLms(): ScormRuntime & { data: Map<string, string> } {
  const data = new Map<string, string>([
    ['cmi.core.student_id', 'learner-7'],
    ['cmi.core.student_name', 'Wang, Xiaoming'],
    ['cmi.core.lesson_status', 'not attempted'],
  ]);
  return {
    version: '1.2',
    data,
    get: (element) => data.get(element) ?? '',
    set: (element, value) => data.set(element, value),
    commit: () => true,
  };
}

describe('the score reported to a SCORM LMS', () => {
  beforeEach(async () => {
    await freshDatabase();
    fakeLocalStorage();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is the best whole call: a practice retry never raises it', async () => {
    const lms = fakeLms();
    await startScormReport(lms, Date.now());
    const profileId = localStorage.getItem('complaint-desk.profile')!;
    const poor = await recordReplies(await beginCall(profileId, scenario), scenario, [
      'calm',
      'policy',
      'fix',
    ]);
    expect(lms.data.get('cmi.core.score.raw')).toBe(String(poor.score!.total));

    // Practice from the second turn, this time asking: a better total, but not a whole call.
    const retry = await beginCall(profileId, scenario, { retryFrom: { attempt: poor, turn: 2 } });
    const practice = await recordReplies(retry, scenario, ['ask', 'fix']);
    expect(practice.practice).toBe(true);
    expect(practice.score!.total).toBeGreaterThan(poor.score!.total);
    expect(lms.data.get('cmi.core.score.raw')).toBe(String(poor.score!.total));

    const whole = await recordReplies(await beginCall(profileId, scenario), scenario, [
      'calm',
      'ask',
      'fix',
    ]);
    expect(lms.data.get('cmi.core.score.raw')).toBe(String(whole.score!.total));
  });
});
