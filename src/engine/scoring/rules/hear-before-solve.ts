import { solvesBeforeHearing } from '../../behaviours';
import type { FiringRule } from '../rule';

/**
 * 先听清问题再解决问题: a fix offered before any question or paraphrase, in this reply or earlier,
 * is a guess; it costs the listening it skipped.
 */
export const hearBeforeSolve: FiringRule = {
  id: 'hear-before-solve',
  kind: 'ordering',
  dimension: 'listen',
  weight: 1,
  handbook: 'golden-rules',
  fires: (f) => solvesBeforeHearing(f.behaviours, f.earlier),
  description: {
    'zh-CN': '先听清问题，再解决问题：问清事实、复述确认之后，再给方案。',
    en: 'Hear the problem before solving it: ask for the facts and confirm by paraphrasing before you offer a fix.',
  },
  feedback: {
    'zh-CN': '还没问清情况就给了方案——先听清问题，再解决问题，否则很可能答非所问。',
    en: 'You offered a fix before asking a single question. Hear the problem before solving it, or you may solve the wrong one.',
  },
};
