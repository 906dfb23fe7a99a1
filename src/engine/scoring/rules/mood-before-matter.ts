import { solvesBeforeCalming } from '../../behaviours';
import type { FiringRule } from '../rule';

/**
 * 先处理心情再处理事情: business talk to an agitated customer before any empathy move, in this
 * reply or earlier, costs the empathy it skipped (the path checks use the same definition).
 */
export const moodBeforeMatter: FiringRule = {
  id: 'mood-before-matter',
  kind: 'ordering',
  dimension: 'apologize',
  weight: 3,
  handbook: 'golden-rules',
  fires: (f) => f.agitated && solvesBeforeCalming(f.behaviours, f.earlier),
  description: {
    'zh-CN': '先处理心情，再处理事情：客户还在气头上时，先共情、先致歉，再谈办法。',
    en: 'Handle the mood before the matter: while the customer is still agitated, empathize and apologize before you talk solutions.',
  },
  feedback: {
    'zh-CN':
      '客户还在气头上，您就开始谈办法了——先处理心情，再处理事情，这时候说什么客户都听不进去。',
    en: 'The customer was still agitated when you moved to solutions. Handle the mood before the matter: nothing you explain lands until they feel heard.',
  },
};
