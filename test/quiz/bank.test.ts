import { describe, expect, it } from 'vitest';
import { QUIZ_BANK } from '../../src/quiz/bank';
import { quizBankSchema } from '../../src/engine/certification/quiz-item';

const HAN = /\p{Script=Han}/u;

describe('knowledge quiz bank', () => {
  it('validates: at least 40 items of the four types, both languages', () => {
    expect(quizBankSchema.safeParse(QUIZ_BANK).success).toBe(true);
    const types = new Set(QUIZ_BANK.map((q) => q.type));
    expect([...types].sort()).toEqual(['multiple', 'ordering', 'single', 'spot-phrase']);
  });

  it('has unique ids and answers that name existing options', () => {
    expect(new Set(QUIZ_BANK.map((q) => q.id)).size).toBe(QUIZ_BANK.length);
    for (const q of QUIZ_BANK) {
      const options = new Set(q.options.map((o) => o.id));
      expect(options.size, q.id).toBe(q.options.length);
      const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
      for (const a of answers) expect(options.has(a), `${q.id}: ${a}`).toBe(true);
      if (q.type === 'ordering') {
        expect([...answers].sort(), q.id).toEqual([...options].sort());
        expect(
          q.options.map((o) => o.id),
          `${q.id} is shown already in order`,
        ).not.toEqual(answers);
      }
    }
  });

  it('keeps Chinese out of the English texts', () => {
    for (const q of QUIZ_BANK) {
      for (const t of [q.prompt, q.explanation, ...q.options.map((o) => o.text)])
        expect(HAN.test(t.en), q.id).toBe(false);
    }
  });

  it('asks the 7 steps in order', () => {
    const sevenSteps = QUIZ_BANK.find((q) => q.type === 'ordering' && q.options.length === 7);
    expect(sevenSteps).toBeDefined();
  });
});
