import { has, type FiringRule } from '../rule';

/** The Ctrip lesson: respond now and keep feeding back; never go quiet until the investigation ends. */
export const respondBeforeInvestigationEnds: FiringRule = {
  id: 'respond-before-investigation-ends',
  kind: 'ordering',
  dimension: 'followUp',
  weight: 1,
  handbook: 'respond-now',
  fires: (f) =>
    has(f, 'investigate') && !has(f, 'commit-deadline', 'progress-update', 'callback-promise'),
  description: {
    'zh-CN': '立即响应，持续反馈：调查可以慢慢查，回应不能等；复杂问题至少每天反馈一次进度。',
    en: 'Respond at once and keep feeding back: the investigation can take time, the response cannot; on complex cases update at least daily.',
  },
  feedback: {
    'zh-CN': '“等我们调查清楚再说”会让客户觉得石沉大海。查的同时，先告诉他下一次什么时候给他回话。',
    en: '"We will get back to you once we have investigated" feels like sinking without trace. Tell them now when they will next hear from you.',
  },
};
