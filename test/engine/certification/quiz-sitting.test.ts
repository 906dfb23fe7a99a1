import { describe, expect, it } from 'vitest';
import {
  drawSitting,
  gradeSitting,
  isAnswerCorrect,
  shownOptions,
  SITTING_SIZE,
} from '../../../src/engine/certification/quiz-sitting';
import { QUIZ_BANK } from '../../../src/quiz/bank';

const answerOf = (item: (typeof QUIZ_BANK)[number]) =>
  Array.isArray(item.answer) ? [...item.answer] : [item.answer];

describe('quiz sitting', () => {
  it('draws SITTING_SIZE distinct items, reproducibly from the seed', () => {
    const a = drawSitting(QUIZ_BANK, 42);
    expect(a.items).toHaveLength(SITTING_SIZE);
    expect(new Set(a.items.map((i) => i.id)).size).toBe(SITTING_SIZE);
    expect(drawSitting(QUIZ_BANK, 42).items.map((i) => i.id)).toEqual(a.items.map((i) => i.id));
    expect(drawSitting(QUIZ_BANK, 43).items.map((i) => i.id)).not.toEqual(a.items.map((i) => i.id));
  });

  it('shows every option of an item, in a seed-stable order', () => {
    const item = QUIZ_BANK[0]!;
    const shown = shownOptions(item, 9);
    expect(shown.map((o) => o.id).sort()).toEqual(item.options.map((o) => o.id).sort());
    expect(shownOptions(item, 9)).toEqual(shown);
  });

  it('grades each of the four types', () => {
    for (const type of ['single', 'multiple', 'ordering', 'spot-phrase'] as const) {
      const item = QUIZ_BANK.find((i) => i.type === type)!;
      const right = answerOf(item);
      expect(isAnswerCorrect(item, right), type).toBe(true);
      expect(isAnswerCorrect(item, []), type).toBe(false);
      if (type === 'ordering') expect(isAnswerCorrect(item, [...right].reverse())).toBe(false);
      if (type === 'multiple' || type === 'spot-phrase') {
        expect(isAnswerCorrect(item, [...right].reverse())).toBe(true);
        expect(isAnswerCorrect(item, right.slice(1))).toBe(right.length === 0);
      }
    }
  });

  it('scores a sitting as a percentage rounded down', () => {
    const { items } = drawSitting(QUIZ_BANK, 1, 3);
    const answers = { [items[0]!.id]: answerOf(items[0]!), [items[1]!.id]: answerOf(items[1]!) };
    expect(gradeSitting(items, answers)).toMatchObject({ correct: 2, total: 3, score: 66 });
  });
});
