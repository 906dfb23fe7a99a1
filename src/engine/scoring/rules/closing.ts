import { has, type FiringRule } from '../rule';

/**
 * A close without checking that the customer is satisfied, on a customer who sounded settled: the
 * satisfaction check is left undone, nothing harmful is said, so it is a fault of omission.
 */
export const prematureClose: FiringRule = {
  id: 'avoid-premature-close',
  kind: 'penalty-major',
  omission: true,
  dimension: 'followUp',
  weight: 1,
  handbook: 'closing',
  fires: (f) => has(f, 'premature-close') && !f.resignedHere,
  description: {
    'zh-CN': '不急着结束：挂机前先确认客户是不是真的满意，结束通话不是目标。',
    en: 'Don’t rush the close: check that the customer is really satisfied before you hang up; ending the call is not the goal.',
  },
  feedback: {
    'zh-CN':
      '这是在急着收线，没有确认客户是不是真的满意。问一句“这样处理您看还有哪里不放心？”再结束。',
    en: 'This winds the call up without checking that the customer is really satisfied. Ask whether anything still worries them before you close.',
  },
};

/**
 * Closing on a customer who has just sounded resigned (a line the author marked as avoidance: "…no,
 * that's all", "what else can I do?"): the course's named closing anti-pattern. It takes giving up
 * for satisfaction and ends the call on it, so it is a harmful fault, not only a check left out.
 */
export const closingOnResignation: FiringRule = {
  id: 'closing-on-resignation',
  kind: 'penalty-major',
  dimension: 'followUp',
  weight: 1,
  handbook: 'closing',
  fires: (f) => has(f, 'premature-close') && f.resignedHere,
  description: {
    'zh-CN': '客户一句无奈的“没有了”不等于满意：听出无奈时不收线，先回到他没说出口的不满上。',
    en: 'A resigned "no, that\'s all" is not satisfaction: when the customer sounds as if they have given up, do not close; go back to what is still bothering them.',
  },
  feedback: {
    'zh-CN': '客户刚才那句话听起来是无奈，不是满意，这时候收尾，客户的不满就原样留下了。',
    en: 'The customer had just sounded resigned, not satisfied; closing now leaves them with the grievance.',
  },
};
