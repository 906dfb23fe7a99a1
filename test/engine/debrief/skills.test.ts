import { describe, expect, it } from 'vitest';
import { analysePaths } from '../../../src/engine/analyse-paths';
import { turnRecord } from '../../../src/engine/attempt-log';
import { skillLines } from '../../../src/engine/debrief/skills';
import { replayChoices } from '../../../src/engine/replay';
import { ruleById } from '../../../src/engine/scoring/rules';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';

/** Every bundled case along its best, worst and expert routes. */
function* calls() {
  for (const scenario of BUNDLED_SCENARIOS) {
    const analysis = analysePaths(scenario);
    for (const path of [analysis.best, analysis.worst, analysis.recommended]) {
      const replay = replayChoices(scenario, path.choices);
      const turns = replay.turns.map((t, i) => turnRecord(scenario, t, i + 1));
      yield { id: `${scenario.id} ${path.choices.join(',')}`, turns, score: replay.score };
    }
  }
}

describe('a skill’s line in the debrief', () => {
  it('says where a score with no rule behind it comes from, and only what is true of the call', () => {
    let missed = 0;
    let callMean = 0;
    for (const call of calls()) {
      for (const line of skillLines(call.score.dimensions, call.turns)) {
        if (!line.covered) continue;
        const noRules = line.earned.length === 0 && line.lost.length === 0;
        expect(line.unexplained !== undefined, `${call.id} ${line.id}`).toBe(noRules);
        const earned = call.turns.reduce((n, t) => n + t.earned[line.id], 0);
        const atStake = call.turns.some((t) => t.expert[line.id] > 0);
        if (line.unexplained === 'missed') {
          // "The expert's replies score here and yours earned none of it."
          missed += 1;
          expect(atStake, `${call.id} ${line.id}`).toBe(true);
          expect(earned, `${call.id} ${line.id}`).toBeLessThanOrEqual(0);
        }
        if (line.unexplained === 'call-mean') {
          // "No reply put it in play: the mean of the replies' grades."
          callMean += 1;
          expect(atStake, `${call.id} ${line.id}`).toBe(false);
          const mean = call.turns.reduce((n, t) => n + t.grade, 0) / call.turns.length;
          expect(line.score, `${call.id} ${line.id}`).toBe(Math.round(mean));
        }
      }
    }
    expect(missed + callMean).toBeGreaterThan(0);
  });
});

describe('the key cue marked right', () => {
  it('is shown as what earned on its skill, so that skill is never said to have earned nothing', () => {
    const scenario = BUNDLED_SCENARIOS[0]!;
    const replay = replayChoices(scenario, analysePaths(scenario).worst.choices, {
      cueSpotted: true,
    });
    const turns = replay.turns.map((t, i) => turnRecord(scenario, t, i + 1));
    const diagnose = skillLines(replay.score.dimensions, turns, true).find(
      (l) => l.id === 'diagnose',
    )!;
    expect(diagnose.covered && diagnose.earned.map((r) => r.id)).toContain('spotted-key-cue');
    expect(diagnose.covered && diagnose.unexplained).toBeUndefined();
    expect(ruleById('spotted-key-cue')).toBeDefined();
  });
});
