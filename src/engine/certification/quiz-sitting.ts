import type { QuizItem } from './quiz-item';
import { mixSeed, seededShuffle } from '../seeded-shuffle';

/** Items per sitting: enough to cover the course, short enough for one sitting. */
export const SITTING_SIZE = 20;

export interface Sitting {
  seed: number;
  items: QuizItem[];
}

/** The items of a sitting, in the order they are asked; the seed reproduces it. */
export function drawSitting(bank: readonly QuizItem[], seed: number, size = SITTING_SIZE): Sitting {
  return { seed, items: seededShuffle(bank, seed).slice(0, Math.min(size, bank.length)) };
}

/** How an item's options are shown in this sitting (ordering items start scrambled too). */
export function shownOptions(item: QuizItem, seed: number): QuizItem['options'] {
  return seededShuffle(item.options, mixSeed(seed, item.id));
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === a.length;

/** Single: the one right option. Multiple and spot-phrase: exactly the right set. Ordering: the exact order. */
export function isAnswerCorrect(item: QuizItem, answer: readonly string[]): boolean {
  switch (item.type) {
    case 'single':
      return answer.length === 1 && answer[0] === item.answer;
    case 'multiple':
    case 'spot-phrase':
      return sameSet(answer, item.answer);
    case 'ordering':
      return answer.length === item.answer.length && answer.every((id, i) => id === item.answer[i]);
  }
}

export interface SittingResult {
  correct: number;
  total: number;
  /** Percentage correct, rounded down so 79.9 % never reads as a pass at 80 %. */
  score: number;
  perItem: Record<string, boolean>;
}

export function gradeSitting(
  items: readonly QuizItem[],
  answers: Readonly<Record<string, readonly string[]>>,
): SittingResult {
  const perItem: Record<string, boolean> = {};
  for (const item of items) perItem[item.id] = isAnswerCorrect(item, answers[item.id] ?? []);
  const correct = Object.values(perItem).filter(Boolean).length;
  const total = items.length;
  return { correct, total, score: total === 0 ? 0 : Math.floor((100 * correct) / total), perItem };
}
