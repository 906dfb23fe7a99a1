import { LISTENING_MOVES, SOLUTION_MOVES } from '../../behaviours';
import { hadEarlier, hasAny, type FiringRule } from '../rule';

/** 先听清问题再解决问题: a fix offered before any question or paraphrase is a guess. */
export const hearBeforeSolve: FiringRule = {
  id: 'hear-before-solve',
  kind: 'ordering',
  dimension: 'resolve',
  weight: 1,
  solutionFactor: 0.25,
  handbook: 'golden-rules',
  fires: (f) => !hadEarlier(f, LISTENING_MOVES) && hasAny(f, SOLUTION_MOVES),
  description: {
    'zh-CN': '先听清问题，再解决问题：问清事实、复述确认之后，再给方案。',
    en: 'Hear the problem before solving it: ask for the facts and confirm by paraphrasing before you offer a fix.',
  },
  feedback: {
    'zh-CN': '还没问清情况就给了方案——先听清问题，再解决问题，否则很可能答非所问。',
    en: 'You offered a fix before asking a single question. Hear the problem before solving it, or you may solve the wrong one.',
  },
};
