import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../../src/engine/behaviours';
import { zeroPoints } from '../../../../src/engine/scoring/dimensions';
import { gradeTurn } from '../../../../src/engine/scoring/grade-turn';
import { hearBeforeSolve } from '../../../../src/engine/scoring/rules/hear-before-solve';
import { facts, note } from '../turn-facts';

/** A calm customer who has had an apology but has not been heard out. */
const unheard = (behaviours: Behaviour[]) => facts(behaviours, { earlier: new Set(['apologize']) });
const fix: Behaviour[] = ['offer-solution', 'commit-deadline'];
/** The expert asks, confirms and fixes: listen 1, diagnose 1, resolve 2, composure 1 = net 5. */
const expert: Behaviour[] = ['ask-facts', 'paraphrase', ...fix];

describe('hear before solve', () => {
  it('fires on a solution before any listening move', () => {
    expect(hearBeforeSolve.fires(unheard(fix))).toBe(true);
  });

  it('does not fire when the same reply listens first, or an earlier one did', () => {
    expect(hearBeforeSolve.fires(unheard(['paraphrase', ...fix]))).toBe(false);
    expect(hearBeforeSolve.fires(unheard(['ask-facts', 'explain']))).toBe(false);
    expect(hearBeforeSolve.fires(facts(fix, { earlier: new Set(['record']) }))).toBe(false);
    expect(hearBeforeSolve.fires(unheard(['apologize']))).toBe(false);
  });

  it('costs 1 point on listen, the dimension it protects, and leaves resolve its credit', () => {
    const turn = gradeTurn(unheard(fix), expert, note);
    expect(turn.rules).toEqual(['hear-before-solve']);
    expect(turn.earned).toEqual({ ...zeroPoints(), listen: -1, resolve: 2, composure: 1 });
  });

  it('grades in the ordering band, 30–59; the same reply with a paraphrase is clean', () => {
    // resolve 2 + composure 1 − 1 = 2 of 5 → 30 + 29 · 0.4 = 41.6
    expect(gradeTurn(unheard(fix), expert, note).grade).toBe(42);
    // listen 1 + resolve 2 + composure 1 = 4 of 5, clean → 45 + 55 · 0.8² = 80.2
    expect(gradeTurn(unheard(['paraphrase', ...fix]), expert, note)).toMatchObject({
      rules: [],
      grade: 80,
    });
  });

  it('counts once a call: broken earlier, a later solve-first reply is graded clean', () => {
    const again = facts(fix, {
      earlier: new Set(['apologize', 'explain']),
      orderingBroken: new Set(['hear-before-solve']),
    });
    expect(hearBeforeSolve.fires(again)).toBe(true);
    // resolve 2 + composure 1 = 3 of 5, clean → 45 + 55 · 0.6² = 64.8
    expect(gradeTurn(again, expert, note)).toMatchObject({ rules: [], grade: 65 });
  });
});
