import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { expertPath, turnRecord } from '../../../src/engine/attempt-log';
import { replayChoices } from '../../../src/engine/replay';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { interactionFacts } from '../../../src/engine/scorm/interaction-facts';
import { interactionAssignments, type ScormVersion } from '../../../src/engine/scorm/report';
import { bundledScenario } from '../../../src/scenarios/bundled';

const ATTEMPT = '8d0f1c2e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

/** The interactions of the expert's whole call on a case. */
function expertInteractions(scenario: Scenario) {
  const choices = expertPath(scenario).steps.map((s) => s.choice);
  const { turns } = replayChoices(scenario, choices);
  return turns.map((turn, i) =>
    interactionFacts(
      scenario,
      { id: ATTEMPT, scenarioId: scenario.id },
      turnRecord(scenario, turn, i + 1),
      Date.UTC(2026, 0, 5, 9, i),
    ),
  );
}

describe('a reply as a SCORM interaction', () => {
  it('is a numbered turn of a plain call, with no objective', () => {
    const [first] = expertInteractions(bundledScenario('manager-demand'));
    expect(first).toMatchObject({ id: 'manager-demand.8d0f1c2e.t1', description: 'call turn 1' });
    expect(first!.objective).toBeUndefined();
  });

  it('names the stage of a staged case in its id, its description and its objective', () => {
    const scenario = bundledScenario('dismissed-at-the-counter');
    const all = expertInteractions(scenario);
    const stages = [...new Set(all.map((f) => f.objective))];
    expect(stages).toEqual(scenario.stages!.map((s) => `dismissed-at-the-counter.${s.id}`));
    const callback = all.find((f) => f.objective?.endsWith('.callback'))!;
    expect(callback.id).toMatch(/^dismissed-at-the-counter\.8d0f1c2e\.callback\.t\d+$/);
    expect(callback.description).toContain('stage 2 of 3 (callback)');
  });

  it('reports a written reply as paragraphs of a letter, the last one sending it, never as a call', () => {
    const all = expertInteractions(bundledScenario('hospital-written-reply'));
    all.forEach((f, i) => {
      expect(f.id).toBe(`hospital-written-reply.8d0f1c2e.p${i + 1}`);
      expect(f.description).toMatch(new RegExp(`^letter paragraph ${i + 1}`));
      expect(f.description).not.toMatch(/\bcall\b/);
    });
    expect(all.map((f) => f.description!.includes('sending the letter'))).toEqual(
      all.map((_, i) => i === all.length - 1),
    );
  });

  it('says a typed turn was matched, reporting the matched reply as the response', () => {
    const scenario = bundledScenario('manager-demand');
    const { turns } = replayChoices(scenario, [expertPath(scenario).steps[0]!.choice]);
    const record = turnRecord(scenario, turns[0]!, 1);
    const typed = { ...record, typed: { text: '您好' } as never };
    const facts = interactionFacts(scenario, { id: ATTEMPT, scenarioId: scenario.id }, typed, 0);
    expect(facts.response).toBe(record.choice);
    expect(facts.description).toContain(`said in own words, matched to reply ${record.choice}`);
    expect(JSON.stringify(facts)).not.toContain('您好');
  });
});

describe('a standard SCORM runtime (scorm-again)', () => {
  const runtimes: Record<ScormVersion, () => { set: (k: string, v: string) => string }> = {
    '1.2': () => {
      const api = new Scorm12API({ logLevel: 5 });
      api.LMSInitialize('');
      return { set: (k, v) => (api.LMSSetValue(k, v), String(api.LMSGetLastError())) };
    },
    '2004': () => {
      const api = new Scorm2004API({ logLevel: 5 });
      api.Initialize('');
      return { set: (k, v) => (api.SetValue(k, v), String(api.GetLastError())) };
    },
  };

  for (const version of ['1.2', '2004'] as const) {
    it(`accepts every interaction of a staged case and a letter in SCORM ${version}`, () => {
      const lms = runtimes[version]();
      let n = 0;
      const refused: string[] = [];
      for (const id of [
        'dismissed-at-the-counter',
        'tour-daily-feedback',
        'hospital-written-reply',
      ]) {
        for (const facts of expertInteractions(bundledScenario(id))) {
          for (const [element, value] of interactionAssignments(version, n, facts)) {
            const error = lms.set(element, value);
            if (error !== '0') refused.push(`${element}=${value}: ${error}`);
          }
          n += 1;
        }
      }
      expect(n).toBeGreaterThan(10);
      expect(refused).toEqual([]);
      // The runtime does refuse what breaks the data model, so the check above can fail.
      expect(lms.set(`cmi.interactions.${n}.id`, 'probe')).toBe('0');
      expect(lms.set(`cmi.interactions.${n}.type`, 'phone-call')).not.toBe('0');
    });
  }
});
