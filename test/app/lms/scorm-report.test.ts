import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { startScormReport, type ScormRuntime } from '../../../src/app/lms/scorm-report';
import { expertPath } from '../../../src/engine/attempt-log';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';
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
    set: (element, value) => {
      // As a runtime does, a new interaction raises the count.
      const n = /^cmi\.interactions\.(\d+)\.id$/.exec(element)?.[1];
      const count = Number(data.get('cmi.interactions._count') ?? 0);
      if (n !== undefined && Number(n) >= count)
        data.set('cmi.interactions._count', String(Number(n) + 1));
      return data.set(element, value);
    },
    commit: () => true,
  };
}

describe('a call that spans several contacts, and a letter, in a SCORM LMS', () => {
  beforeEach(async () => {
    await freshDatabase();
    fakeLocalStorage();
  });
  afterEach(() => vi.unstubAllGlobals());

  const expertChoices = (scenario: Scenario) => expertPath(scenario).steps.map((s) => s.choice);
  const interactionIds = (lms: ReturnType<typeof fakeLms>) =>
    [...lms.data.entries()]
      .filter(([element]) => /^cmi\.interactions\.\d+\.id$/.test(element))
      .map(([, id]) => id);

  it('counts a staged call once: a score only when the last stage ends, each reply in its stage', async () => {
    const staged = bundledScenario('dismissed-at-the-counter');
    const lms = fakeLms();
    await startScormReport(lms, Date.now());
    const profileId = localStorage.getItem('complaint-desk.profile')!;
    const choices = expertChoices(staged);
    const attempt = await beginCall(profileId, staged);
    // Through the first two stages: no score, the course still incomplete.
    const midway = await recordReplies(attempt, staged, choices.slice(0, -1));
    expect(lms.data.get('cmi.core.score.raw')).toBeUndefined();
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    const done = await recordReplies(midway, staged, choices.slice(-1));
    expect(lms.data.get('cmi.core.score.raw')).toBe(String(done.score!.total));
    const ids = interactionIds(lms);
    expect(ids).toHaveLength(choices.length);
    expect(new Set(ids.map((id) => id.split('.')[2]))).toEqual(
      new Set(staged.stages!.map((s) => s.id)),
    );
    expect(
      [...lms.data.entries()].filter(([element]) => element.endsWith('.objectives.0.id')),
    ).toHaveLength(choices.length);
  });

  it('reports a written reply’s paragraphs as paragraphs', async () => {
    const letter = bundledScenario('hospital-written-reply');
    const lms = fakeLms();
    await startScormReport(lms, Date.now());
    const profileId = localStorage.getItem('complaint-desk.profile')!;
    const choices = expertChoices(letter);
    await recordReplies(await beginCall(profileId, letter), letter, choices);
    expect(interactionIds(lms).map((id) => id.split('.').at(-1))).toEqual(
      choices.map((_, i) => `p${i + 1}`),
    );
  });
});

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
