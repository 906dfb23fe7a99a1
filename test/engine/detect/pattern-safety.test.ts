import { describe, expect, it } from 'vitest';
import { patternRisk } from '../../../src/engine/detect/pattern-safety';

describe('patternRisk', () => {
  it.each([
    '给您添麻烦了',
    '(?:非常|十分)?抱歉',
    '\\d{1,2}点(?:之前|前)',
    '(?:明天|后天)(?:上午|下午)?',
    '[(+*]+好的',
    'sorry(?: about)? that',
    '(?:ab)+',
  ])('lets a phrase-list pattern through: %s', (source) => {
    expect(patternRisk(source)).toBeNull();
  });

  it.each([
    ['(a+)+$', 'nested-repetition'],
    ['(?:很|很好)*吗', 'nested-repetition'],
    ['((?:x)*y)+', 'nested-repetition'],
    ['(?:a?b){2,}', 'nested-repetition'],
    ['(\\w)\\1', 'back-reference'],
    ['(?<w>好)\\k<w>', 'back-reference'],
  ])('refuses %s as %s', (source, risk) => {
    expect(patternRisk(source)).toBe(risk);
  });
});
