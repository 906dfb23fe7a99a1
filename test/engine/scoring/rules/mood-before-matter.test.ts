import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../../src/engine/behaviours';
import { replayChoices } from '../../../../src/engine/replay';
import { zeroPoints } from '../../../../src/engine/scoring/dimensions';
import { gradeTurn } from '../../../../src/engine/scoring/grade-turn';
import { moodBeforeMatter } from '../../../../src/engine/scoring/rules/mood-before-matter';
import { fakeCallWith } from '../fake-call';
import { facts, note } from '../turn-facts';

/** An agitated customer, already heard out (so hear-before-solve stays quiet), not yet calmed. */
const agitated = (behaviours: Behaviour[]) =>
  facts(behaviours, { agitated: true, earlier: new Set(['ask-facts']) });
const fix: Behaviour[] = ['offer-solution', 'commit-deadline'];
/** The expert calms and fixes in one reply: apologize 1, resolve 2, kept composure 1 = net 4. */
const expert: Behaviour[] = ['apologize', ...fix];

describe('mood before matter', () => {
  it('fires on a solution offered to an agitated customer before any empathy', () => {
    expect(moodBeforeMatter.fires(agitated(fix))).toBe(true);
    expect(moodBeforeMatter.fires(agitated(['explain']))).toBe(true);
  });

  it('does not fire when the same reply calms first', () => {
    expect(moodBeforeMatter.fires(agitated(['apologize', ...fix]))).toBe(false);
    expect(moodBeforeMatter.fires(agitated(['acknowledge-emotion', ...fix]))).toBe(false);
    expect(gradeTurn(agitated(expert), expert, note)).toMatchObject({ rules: [], grade: 100 });
  });

  it('does not fire after empathy, on a calm customer, or without a solution', () => {
    const calmed = facts(fix, { agitated: true, earlier: new Set(['ask-facts', 'apologize']) });
    expect(moodBeforeMatter.fires(calmed)).toBe(false);
    expect(moodBeforeMatter.fires(facts(fix, { earlier: new Set(['ask-facts']) }))).toBe(false);
    expect(moodBeforeMatter.fires(agitated(['ask-facts', 'paraphrase']))).toBe(false);
  });

  it('costs 3 points on apologize, the dimension it protects, and leaves resolve its credit', () => {
    const turn = gradeTurn(agitated(fix), expert, note);
    expect(turn.rules).toEqual(['mood-before-matter']);
    expect(turn.earned).toEqual({ ...zeroPoints(), apologize: -3, resolve: 2, composure: 1 });
  });

  it('grades in the ordering band, 30–59, by its net', () => {
    // resolve 2 + composure 1 − 3 = 0 of 4 → 30
    expect(gradeTurn(agitated(fix), expert, note).grade).toBe(30);
    // resolve 3 + composure 1 − 3 = 1 of 4 → 30 + 29 · ¼ = 37.25
    expect(gradeTurn(agitated(['explain', ...fix]), expert, note).grade).toBe(37);
  });

  it('counts once a call: a second solve-first reply does not fire it again', () => {
    const call = fakeCallWith({
      'flare-up': [{ id: 'explain-again', behaviours: ['explain'], mood: {}, next: 'facts' }],
    });
    const { turns, progress } = replayChoices(call, ['explain-early', 'explain-again']);
    expect(turns[0]!.grade.rules).toEqual([
      'mood-before-matter',
      'hear-before-solve',
      'no-self-identification',
    ]);
    expect(turns[0]!.grade.earned.apologize).toBe(-3);
    // Still agitated (70 + 10), still no empathy, yet the rule has had its say for this call.
    expect(turns[1]!.moodBefore).toEqual({ anger: 80, trust: 30 });
    expect(turns[1]!.grade.rules).toEqual([]);
    expect(turns[1]!.grade.earned.apologize).toBe(0);
    expect(progress.orderingBroken).toEqual(['mood-before-matter', 'hear-before-solve']);
  });
});
