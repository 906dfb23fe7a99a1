import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUIZ_BANK } from '../../src/quiz/bank';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README on the knowledge-quiz bank', () => {
  it('gives the number of items the bank really has, everywhere it gives one', () => {
    const stated = [
      ...README.matchAll(/(\d+) bank items|knowledge-quiz bank \((\d+) items\)/g),
    ].map((m) => Number(m[1] ?? m[2]));
    expect(stated.length).toBeGreaterThanOrEqual(2);
    expect(new Set(stated)).toEqual(new Set([QUIZ_BANK.length]));
  });
});
