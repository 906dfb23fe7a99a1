import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../../src/engine/replay';
import { fakeLetter } from '../../support/fake-letter';

/**
 * A letter is graded by the same rubric as a call, through the same router: each paragraph is a
 * reply, so the order of paragraphs meets the ordering rules a call's replies meet.
 */
describe('grading a written reply', () => {
  const expert = ['p1-condolence', 'p2-plain', 'p3-change', 'p4-send'];

  it('ends the letter with Send and grades every paragraph and the Send', () => {
    const letter = replayChoices(fakeLetter(), expert);
    expect(letter.complete).toBe(true);
    expect(letter.outcome).toBe('resolved-satisfied');
    expect(letter.turns.map((t) => t.choice)).toEqual(expert);
    expect(letter.turns.flatMap((t) => t.grade.rules)).not.toContain('mood-before-matter');
  });

  it('costs an explanation written before any condolence to an agitated reader (mood before matter)', () => {
    const explainFirst = replayChoices(fakeLetter(), [
      'p1-explain',
      'p2-plain',
      'p3-change',
      'p4-send',
    ]);
    expect(explainFirst.turns[0]!.grade.rules).toContain('mood-before-matter');
    expect(explainFirst.score.total).toBeLessThan(replayChoices(fakeLetter(), expert).score.total);
  });

  it('marks a letter sent before it says what will change as a rushed close', () => {
    const early = replayChoices(fakeLetter(), ['p1-condolence', 'p2-plain', 'p3-send']);
    expect(early.outcome).toBe('resolved-grudging');
    expect(early.turns.at(-1)!.grade.rules).toContain('avoid-premature-close');
    expect(early.score.total).toBeLessThan(replayChoices(fakeLetter(), expert).score.total);
  });
});
