import { EMPATHY_MOVES, LISTENING_MOVES } from '../../behaviours';
import { hadEarlier, hasAny, type FiringRule } from '../rule';

/** The angry-customer order (F001): acknowledge the feeling first, then listen and ask. */
export const acknowledgeBeforeQuestions: FiringRule = {
  id: 'angry-customer-order',
  kind: 'ordering',
  dimension: 'apologize',
  weight: 0.5,
  handbook: 'angry-customer-order',
  fires: (f) =>
    f.agitated &&
    !hadEarlier(f, EMPATHY_MOVES) &&
    !hasAny(f, EMPATHY_MOVES) &&
    hasAny(f, LISTENING_MOVES),
  description: {
    'zh-CN': '面对愤怒的客户：先承认情绪，再倾听、表示理解、找原因、明确要求、协商、跟进。',
    en: 'With an angry customer: acknowledge the feeling, then listen, show understanding, find the cause, clarify the need, negotiate, follow up.',
  },
  feedback: {
    'zh-CN': '客户正在气头上，一上来就盘问细节，会让客户觉得您只关心流程。先接住情绪，再问。',
    en: 'Questioning an angry customer before acknowledging how they feel sounds like you only care about procedure. Acknowledge first, then ask.',
  },
};
