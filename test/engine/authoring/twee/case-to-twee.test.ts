import { describe, expect, it } from 'vitest';
import { caseToTwee } from '../../../../src/engine/authoring/twee/case-to-twee';
import { tweeToDraft } from '../../../../src/engine/authoring/twee/twee-to-draft';
import { addPromise, addStage } from '../../../../src/engine/authoring/stage-operations';
import type { Scenario } from '../../../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS, bundledScenario } from '../../../../src/scenarios/bundled';
import { AUTHORED_CASE } from '../../../e2e/support/authored-case';

describe('a case exported as Twee 3 and imported again', () => {
  it.each(BUNDLED_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s comes back whole',
    (_, scenario) => {
      const twee = caseToTwee(scenario);
      const back = tweeToDraft(twee, `${scenario.id}.twee`);
      if (!back.ok) throw new Error(back.problems.map((p) => p.message).join('\n'));
      expect(back.warnings).toEqual([]);
      expect(back.draft).toStrictEqual(scenario);
    },
  );
});

describe('the new case kinds through Twee', () => {
  const roundTrip = (scenario: Scenario) => {
    const back = tweeToDraft(caseToTwee(scenario), `${scenario.id}.twee`);
    if (!back.ok) throw new Error(back.problems.map((p) => p.message).join('\n'));
    return back.draft;
  };

  it('keeps a staged case’s stages, promises and when each is kept', () => {
    const staged = bundledScenario('dismissed-at-the-counter');
    const twee = caseToTwee(staged);
    expect(twee).toContain('"keptWhen": "ticket-logged"');
    const back = roundTrip(staged);
    expect(back.stages).toStrictEqual(staged.stages);
    expect(back.stages!.map((s) => s.startNode)).toEqual([
      'counter-open',
      'callback-open',
      'post-open',
    ]);
  });

  it('keeps a written reply’s kind and which replies send the letter', () => {
    const letter = bundledScenario('hospital-written-reply');
    const sends = (s: Scenario) =>
      s.nodes.flatMap((n) =>
        n.kind === 'decision' ? n.choices.filter((c) => c.send).map((c) => c.id) : [],
      );
    const back = roundTrip(letter);
    expect(back.kind).toBe('written-reply');
    expect(sends(back)).toEqual(sends(letter));
    expect(sends(back).length).toBeGreaterThan(0);
  });

  it('keeps stages added in the editor while their texts are still unwritten', () => {
    const draft = addPromise(addStage(AUTHORED_CASE), 1);
    expect(roundTrip(draft)).toStrictEqual(draft);
  });
});
