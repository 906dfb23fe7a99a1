import { describe, expect, it } from 'vitest';
import { caseToTwee } from '../../../../src/engine/authoring/twee/case-to-twee';
import { tweeToDraft } from '../../../../src/engine/authoring/twee/twee-to-draft';
import { BUNDLED_SCENARIOS } from '../../../../src/scenarios/bundled';

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
