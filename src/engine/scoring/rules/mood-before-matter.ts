import { EMPATHY_MOVES, SOLUTION_MOVES } from '../../behaviours';
import { hadEarlier, hasAny, type FiringRule } from '../rule';

/** 先处理心情再处理事情: no business talk until an empathy move has landed with an agitated customer. */
export const moodBeforeMatter: FiringRule = {
  id: 'mood-before-matter',
  kind: 'ordering',
  dimension: 'resolve',
  weight: 1,
  solutionFactor: 0.25,
  handbook: 'golden-rules',
  fires: (f) => f.agitated && !hadEarlier(f, EMPATHY_MOVES) && hasAny(f, SOLUTION_MOVES),
  description: {
    'zh-CN': '先处理心情，再处理事情：客户还在气头上时，先共情、先致歉，再谈办法。',
    en: 'Handle the mood before the matter: while the customer is still agitated, empathize and apologize before you talk solutions.',
  },
  feedback: {
    'zh-CN': '客户还在气头上，您就开始谈办法了——先处理心情，再处理事情，这时候说什么他都听不进去。',
    en: 'The customer was still agitated when you moved to solutions. Handle the mood before the matter: nothing you explain lands until they feel heard.',
  },
};
