import { has, type FiringRule } from '../rule';

/** Open questions to explore, closed questions to confirm and to offer (F003, F004). */
export const questionPhase: FiringRule = {
  id: 'question-phase',
  kind: 'ordering',
  dimension: 'diagnose',
  weight: 0.5,
  handbook: 'questions',
  fires: (f) =>
    (has(f, 'closed-question') && has(f, 'probe-expectation') && !f.earlier.has('open-question')) ||
    (has(f, 'open-question') && has(f, 'bounded-offer', 'offer-solution')),
  description: {
    'zh-CN': '了解情况用开放式提问，确认和给选项用封闭式提问。',
    en: 'Explore with open questions; confirm and offer with closed ones.',
  },
  feedback: {
    'zh-CN': '问题的类型用反了：探询需求时用开放式提问让客户多说，给方案时用封闭式选项让客户好选。',
    en: 'The question type was the wrong way round: ask open questions to learn what they need, and give closed choices when you offer.',
  },
};
