import { has, type FiringRule } from '../rule';

/** IBM's order of customer needs: when it will be solved and how, before why it happened. */
export const dueDateBeforeRootCause: FiringRule = {
  id: 'due-date-before-root-cause',
  kind: 'ordering',
  dimension: 'resolve',
  weight: 1,
  handbook: 'due-date-first',
  fires: (f) =>
    has(f, 'root-cause') && !f.earlier.has('commit-deadline') && !has(f, 'commit-deadline'),
  description: {
    'zh-CN': '先给时间和办法，再查原因：客户最关心的是什么时候解决、怎么解决，不是谁该受罚。',
    en: 'Due date and action before root cause: the customer first wants to know when and how it will be fixed, not who is to blame.',
  },
  feedback: {
    'zh-CN': '还没告诉客户什么时候能解决，就先讲原因、查责任了。先给时间和办法，原因可以之后再说。',
    en: 'You went into causes before telling the customer when it would be fixed. Give the date and the action first; the cause can come later.',
  },
};
