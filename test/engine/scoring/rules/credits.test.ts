import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../../src/engine/behaviours';
import { gradeTurn } from '../../../../src/engine/scoring/grade-turn';
import { keptComposure } from '../../../../src/engine/scoring/rules/credits';
import { facts, note } from '../turn-facts';

/** Whether grading the reply credits it with kept composure. */
const earns = (behaviours: Behaviour[], timedOut = false) =>
  gradeTurn(facts(behaviours, { timedOut }), [], note).credits.includes(keptComposure.id);

/** Lapses of composure and service language: each loses the reply its kept-composure point. */
const LAPSES: Behaviour[] = [
  'argue',
  'blame',
  'threaten',
  'deny-emotion',
  'refuse-apology',
  'disclose-private',
  'disparage-competitor',
  'keep-waiting',
  'rough-hold',
  'over-affectionate',
  // "Yes, but…" heads the course's phrases to avoid: a lapse of service language.
  'yes-but',
];

describe('kept composure', () => {
  it('is one composure point', () => {
    expect(keptComposure).toMatchObject({ kind: 'credit', dimension: 'composure', weight: 1 });
  });

  it('is earned by a reply with no lapse, even one that makes another mistake', () => {
    expect(earns(['ask-facts'])).toBe(true);
    for (const b of ['deflect', 'premature-close', 'over-promise', 'filler'] as Behaviour[]) {
      expect(earns([b]), b).toBe(true);
    }
  });

  it.each(LAPSES)('is not earned by a reply that shows %s', (lapse) => {
    expect(earns(['apologize', lapse])).toBe(false);
  });

  it('takes the apology a "yes, but" cancels down to the harmful band floor', () => {
    // Expert: apologize 1 + explain 1 + kept composure 1 = 3. "I'm sorry, but…": apologize 1 +
    // explain 1 − yes-but 1 = 1 of 3, no composure point → 30 + 29 / 3 = 39.7 (with the point, 49).
    const turn = gradeTurn(
      facts(['apologize', 'yes-but', 'explain']),
      ['apologize', 'explain'],
      note,
    );
    expect(turn.credits).toEqual(['apologize', 'explain']);
    expect(turn.grade).toBe(40);
  });

  it('is not earned when the trainee let the timer run out', () => {
    expect(earns([], true)).toBe(false);
  });

  it('puts composure in play on every reply: the expert earns it, so a lapse costs share', () => {
    // Expert: apologize 1 + kept composure 1 = 2. A reply with the same apology and a rough hold
    // keeps 1 − 0.5 = 0.5 of it → minor band 45 + 44 · ¼ = 56.
    const turn = gradeTurn(facts(['apologize', 'rough-hold']), ['apologize'], note);
    expect(turn.expert.composure).toBe(1);
    expect(turn.credits).toEqual(['apologize']);
    expect(turn.earned.composure).toBe(-0.5);
    expect(turn.grade).toBe(56);
  });
});
