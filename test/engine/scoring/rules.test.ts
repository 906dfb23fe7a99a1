import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../src/engine/behaviours';
import type { TurnFacts } from '../../../src/engine/scoring/rule';
import { hearBeforeSolve } from '../../../src/engine/scoring/rules/hear-before-solve';
import { MISTAKE_RULES } from '../../../src/engine/scoring/rules/mistakes';
import { moodBeforeMatter } from '../../../src/engine/scoring/rules/mood-before-matter';
import { gradeTurn } from '../../../src/engine/scoring/grade-turn';
import { fakeChoice } from '../../fakes';

function facts(behaviours: Behaviour[], overrides: Partial<TurnFacts> = {}): TurnFacts {
  return {
    choice: fakeChoice({ id: 'reply', behaviours }),
    moodBefore: { anger: 70, trust: 30 },
    agitated: true,
    earlierEmpathy: false,
    earlierListening: false,
    ...overrides,
  };
}

describe('mood before matter (先处理心情再处理事情)', () => {
  it('fires on a solution move to an agitated customer before any empathy', () => {
    expect(moodBeforeMatter.fires(facts(['offer-solution']))).toBe(true);
  });
  it('does not fire once an empathy move has landed', () => {
    expect(moodBeforeMatter.fires(facts(['offer-solution'], { earlierEmpathy: true }))).toBe(false);
  });
  it('does not fire when the customer is no longer agitated', () => {
    expect(moodBeforeMatter.fires(facts(['explain'], { agitated: false }))).toBe(false);
  });
  it('does not fire on a reply without a solution move', () => {
    expect(moodBeforeMatter.fires(facts(['ask-facts']))).toBe(false);
  });
});

describe('hear before solve (先听清问题再解决问题)', () => {
  it('fires on a solution move before any listening move', () => {
    expect(hearBeforeSolve.fires(facts(['commit-deadline'], { agitated: false }))).toBe(true);
  });
  it('does not fire after a listening move', () => {
    expect(hearBeforeSolve.fires(facts(['commit-deadline'], { earlierListening: true }))).toBe(
      false,
    );
  });
  it('does not fire on a listening reply', () => {
    expect(hearBeforeSolve.fires(facts(['paraphrase']))).toBe(false);
  });
});

describe('turn grading', () => {
  const expert = fakeChoice({ id: 'expert', behaviours: ['offer-solution', 'commit-deadline'] });

  it('gives the expert reply full marks when it is in order', () => {
    const turn = gradeTurn(
      facts(['offer-solution', 'commit-deadline'], {
        earlierEmpathy: true,
        earlierListening: true,
      }),
      expert,
    );
    expect(turn.grade).toBe(100);
    expect(turn.rules).toEqual([]);
  });

  it('scores the same reply low when it solves before calming and hearing', () => {
    const turn = gradeTurn(facts(['offer-solution', 'commit-deadline']), expert);
    expect(turn.rules).toEqual(['mood-before-matter', 'hear-before-solve']);
    expect(turn.grade).toBeLessThan(10);
  });

  it('explains every fired rule in both languages after the reply note', () => {
    const turn = gradeTurn(facts(['offer-solution']), expert);
    expect(turn.feedback.en).toContain('note reply.');
    expect(turn.feedback.en).toContain('Handle the mood before the matter');
    expect(turn.feedback['zh-CN']).toContain('先处理心情，再处理事情');
    expect(turn.feedback['zh-CN']).toContain('先听清问题，再解决问题');
  });

  it('grades a critical mistake zero and reports it', () => {
    const turn = gradeTurn(facts(['apologize', 'argue'], { earlierEmpathy: true }), expert);
    expect(turn.grade).toBe(0);
    expect(turn.critical).toEqual(['no-arguing']);
  });
});

describe('mistake rules', () => {
  const expert = fakeChoice({ id: 'expert', behaviours: ['acknowledge-emotion', 'ask-facts'] });
  it.each(MISTAKE_RULES.map((r) => [r.id, r] as const))(
    '%s fires on its behaviour and not without it',
    (_id, rule) => {
      const withMistake = gradeTurn(
        facts(['acknowledge-emotion', rule.behaviour], { agitated: false }),
        expert,
      );
      const without = gradeTurn(facts(['acknowledge-emotion'], { agitated: false }), expert);
      expect(withMistake.rules).toContain(rule.id);
      expect(without.rules).not.toContain(rule.id);
      expect(withMistake.earned[rule.dimension]).toBeLessThan(without.earned[rule.dimension]);
      expect(withMistake.critical.includes(rule.id)).toBe(rule.kind === 'penalty-critical');
    },
  );
});
