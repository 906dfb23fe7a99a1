import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../../src/engine/behaviours';
import { TIMEOUT } from '../../../../src/engine/call-progress';
import { replayChoices } from '../../../../src/engine/replay';
import { zeroPoints } from '../../../../src/engine/scoring/dimensions';
import { gradeTurn } from '../../../../src/engine/scoring/grade-turn';
import { ruleById } from '../../../../src/engine/scoring/rules';
import {
  brokenCallback,
  deadAir,
  ignoredKeyCue,
  surfaceFix,
} from '../../../../src/engine/scoring/rules/situational-penalties';
import { fakeScenario } from '../../../fakes';
import { fakeCallWith } from '../fake-call';
import { facts, note } from '../turn-facts';

const fix: Behaviour[] = ['offer-solution', 'commit-deadline'];
const outstanding = (behaviours: Behaviour[]) => facts(behaviours, { keyCueOutstanding: true });

describe('surface fix', () => {
  it('is a minor fault that costs a resolve point', () => {
    expect(surfaceFix).toMatchObject({ kind: 'penalty-minor', dimension: 'resolve', weight: 1 });
  });

  it('fires on a solution while a key cue let pass is still outstanding', () => {
    expect(surfaceFix.fires(outstanding(fix))).toBe(true);
    expect(surfaceFix.fires(outstanding(['bounded-offer']))).toBe(true);
  });

  it('does not fire with no cue outstanding, without a solution, or when the reply probes', () => {
    expect(surfaceFix.fires(facts(fix))).toBe(false);
    expect(surfaceFix.fires(outstanding(['ask-facts']))).toBe(false);
    expect(surfaceFix.fires(outstanding(['probe-expectation', ...fix]))).toBe(false);
  });

  it('keeps part of the resolve credit and grades in the minor band, 45–89', () => {
    // Expert probes and fixes: diagnose 1 + resolve 2 + composure 1 = 4. The surface fix keeps
    // resolve 2 − 1 and composure 1 = 2 of 4 → 45 + 44 · ½ = 67.
    const expert: Behaviour[] = ['probe-expectation', ...fix];
    const turn = gradeTurn(outstanding(fix), expert, note);
    expect(turn.rules).toEqual(['surface-fix']);
    expect(turn.earned).toEqual({ ...zeroPoints(), resolve: 1, composure: 1 });
    expect(turn.grade).toBe(67);
    // The expert's reply, which probes, is untouched by it.
    expect(gradeTurn(outstanding(expert), expert, note)).toMatchObject({ rules: [], grade: 100 });
  });

  describe('in a call', () => {
    // At the key cue, a reply that asks for facts but lets the cue pass; at the fix, one that
    // probes the real expectation before fixing.
    const call = fakeCallWith({
      facts: [{ id: 'skip-cue', behaviours: ['ask-facts'], mood: { anger: -20 }, next: 'fix-it' }],
      'fix-it': [
        { id: 'probe-and-fix', behaviours: ['probe-expectation', ...fix], next: 'end-good' },
      ],
    });

    it('fires on the fix after the cue was let pass, and only then', () => {
      const skipped = replayChoices(call, ['calm', 'skip-cue', 'fix']);
      expect(skipped.turns[1]!.grade.rules).toEqual(['ignored-key-cue']);
      const surface = skipped.turns[2]!.grade;
      expect(surface.rules).toEqual(['surface-fix']);
      // The recommended "fix" does not probe either, so at this moment it breaks the same rule:
      // net 2 of its own net 2 → the top of the minor band, below the 100 the same reply earns
      // after the cue was heard; the resolve point is lost against the expert's credit of 2.
      expect(surface.grade).toBe(89);
      expect(surface.earned.resolve).toBe(1);
      expect(surface.expert.resolve).toBe(2);
      const heard = replayChoices(call, ['calm', 'ask', 'fix']);
      expect(heard.turns[2]!.grade).toMatchObject({ rules: [], grade: 100 });
    });

    it('does not fire on a fix that probes first, which settles the cue', () => {
      const probed = replayChoices(call, ['calm', 'skip-cue', 'probe-and-fix']);
      expect(probed.turns[2]!.grade.rules).toEqual([]);
      expect(probed.progress.keyCueOutstanding).toBe(false);
      expect(replayChoices(call, ['calm', 'skip-cue', 'fix']).progress.keyCueOutstanding).toBe(
        true,
      );
    });
  });
});

describe('dead air', () => {
  it('is a harmful major composure fault', () => {
    expect(deadAir).toMatchObject({ kind: 'penalty-major', dimension: 'composure', weight: 1 });
    expect(deadAir.omission).toBeUndefined();
  });

  it('grades a timeout 30, the floor of the major band, never 0', () => {
    const turn = gradeTurn(facts([], { timedOut: true }), fix, note);
    expect(turn.rules).toEqual(['dead-air']);
    // No kept composure on a silence: composure −1 is all it earns.
    expect(turn.credits).toEqual([]);
    expect(turn.earned).toEqual({ ...zeroPoints(), composure: -1 });
    expect(turn.grade).toBe(30);
    expect(replayChoices(fakeScenario(), [TIMEOUT]).turns[0]!.grade.grade).toBe(30);
  });
});

describe('faults of omission', () => {
  it('are the premature close on a settled customer and the ignored key cue, and only those', () => {
    expect(ignoredKeyCue.omission).toBe(true);
    expect(ruleById('avoid-premature-close')).toMatchObject({ omission: true });
    const harmful = [
      'avoid-over-promise',
      'avoid-deflecting',
      'avoid-policy-first',
      'broken-callback',
      'closing-on-resignation',
    ];
    for (const id of harmful) expect(ruleById(id), id).not.toHaveProperty('omission');
  });
});

describe('broken callback', () => {
  it('is a harmful major follow-up fault: a promise broken, not a step left out', () => {
    expect(brokenCallback).toMatchObject({ kind: 'penalty-major', dimension: 'followUp' });
    expect(brokenCallback.omission).toBeUndefined();
  });

  it('fires when the call ends with a callback owed, and not once it is made', () => {
    const owed = { endsCall: true, callbackOwed: true };
    expect(brokenCallback.fires(facts(['check-satisfaction'], owed))).toBe(true);
    expect(brokenCallback.fires(facts(['follow-up', 'check-satisfaction'], owed))).toBe(false);
    expect(brokenCallback.fires(facts(['check-satisfaction'], { endsCall: true }))).toBe(false);
  });

  it('grades in the harmful band, 30–59', () => {
    // follow-up 1 + composure 1 − 1 = 1 of the expert's 3 → 30 + 29 / 3 = 39.7
    const turn = gradeTurn(
      facts(['check-satisfaction'], { endsCall: true, callbackOwed: true }),
      ['follow-up', 'check-satisfaction'],
      note,
    );
    expect(turn.rules).toEqual(['broken-callback']);
    expect(turn.grade).toBe(40);
  });
});
