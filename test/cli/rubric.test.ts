import { describe, expect, it } from 'vitest';
import { rubric } from '../../src/cli/commands';
import { replySeconds, timedByDefault } from '../../src/engine/policies';
import { SEVERITY_BANDS } from '../../src/engine/scoring/grade-turn';
import { SCORING_MODEL_VERSION } from '../../src/engine/scoring/model-version';
import { fakeScenario } from '../fakes';

describe('sim rubric', () => {
  const printed = JSON.parse(rubric(true).out[0]!) as {
    scoringModel: number;
    policies: {
      timedFromDifficulty: number;
      defaultReplySeconds: number;
      typingSeconds: number;
      certification: { countingRun: string; practiceCounts: boolean; retryFromTurn: boolean };
    };
  };

  it('prints the scoring model version and the policies the app applies', () => {
    expect(printed.scoringModel).toBe(SCORING_MODEL_VERSION);
    const { timedFromDifficulty, defaultReplySeconds, certification } = printed.policies;
    expect(timedByDefault(fakeScenario({ difficulty: timedFromDifficulty }))).toBe(true);
    expect(timedByDefault(fakeScenario({ difficulty: timedFromDifficulty - 1 }))).toBe(false);
    expect(replySeconds(fakeScenario())).toBe(defaultReplySeconds);
    expect(replySeconds(fakeScenario({ replySeconds: 90 }))).toBe(90);
    expect(replySeconds(fakeScenario(), 'type')).toBe(
      defaultReplySeconds + printed.policies.typingSeconds,
    );
    expect(certification).toMatchObject({
      countingRun: 'first-run-per-case-version',
      practiceCounts: false,
      retryFromTurn: false,
    });
  });

  it('prints the severity bands and caps the grading applies', () => {
    const bands = (JSON.parse(rubric(true).out[0]!) as { severityBands: Record<string, number[]> })
      .severityBands;
    expect(bands).toEqual(SEVERITY_BANDS);
    expect(bands.critical![1]).toBeLessThan(30);
    expect(bands.major![0]).toBeGreaterThan(0);
  });

  it('marks the faults of omission and prints the floor of a call without a critical mistake', () => {
    const json = JSON.parse(rubric(true).out[0]!) as {
      rules: Array<{ id: string; omission?: true }>;
      noCriticalFloor: number;
    };
    const omissions = json.rules.filter((r) => r.omission).map((r) => r.id);
    expect(omissions.sort()).toEqual(['avoid-premature-close', 'ignored-key-cue']);
    expect(json.rules.map((r) => r.id)).toContain('closing-on-resignation');
    expect(json.noCriticalFloor).toBe(SEVERITY_BANDS.major[0]);
    expect(rubric(false).out.join('\n')).toContain('call floor\t30 without a critical mistake');
  });

  it('says the policies in its plain listing too', () => {
    const text = rubric(false).out.join('\n');
    expect(text).toContain(`timed calls\tfrom difficulty ${printed.policies.timedFromDifficulty}`);
    expect(text).toContain(`scoring model\tv${SCORING_MODEL_VERSION}`);
    expect(text).toContain(`${printed.policies.typingSeconds} s more for a typed reply`);
  });
});
