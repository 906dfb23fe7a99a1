import { z } from 'zod';

const text = z.strictObject({ 'zh-CN': z.string().trim().min(1), en: z.string().trim().min(1) });
const optionId = z.string().regex(/^[a-z0-9-]{1,32}$/);

/** One answer option. */
export const quizOptionSchema = z.strictObject({ id: optionId, text });

const base = {
  /** Unique in the bank, kebab-case. */
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  prompt: text,
  options: z.array(quizOptionSchema).min(2).max(8),
  /** Why the answer is right, shown after submission. */
  explanation: text,
  /** Where the knowledge comes from: the brief's section and seed file, e.g. "BRIEF §3.1; F003". */
  source: z.string().trim().min(1),
};

/**
 * Knowledge-quiz items. `single`: one right option. `multiple`: every right option. `ordering`: the
 * options in the right order. `spot-phrase`: the options that are phrases to avoid.
 */
export const quizItemSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('single'), answer: optionId }),
  z.strictObject({ ...base, type: z.literal('multiple'), answer: z.array(optionId).min(1) }),
  z.strictObject({ ...base, type: z.literal('ordering'), answer: z.array(optionId).min(2) }),
  z.strictObject({ ...base, type: z.literal('spot-phrase'), answer: z.array(optionId).min(1) }),
]);

export type QuizItem = z.infer<typeof quizItemSchema>;
export const quizBankSchema = z.array(quizItemSchema).min(40);
