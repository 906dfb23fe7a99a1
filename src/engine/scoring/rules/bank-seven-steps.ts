import { LISTENING_MOVES, SOLUTION_MOVES } from '../../behaviours';
import { has, hasAny, type FiringRule } from '../rule';

/**
 * The bank counter's 7 steps (迅速隔离 → 安抚情绪 → 聆听 → 详细记录 → 判断需求 → 及时处理 → 后续跟踪):
 * at a crowded counter, take the customer aside before anything else, and record before acting.
 */
export const bankSevenSteps: FiringRule = {
  id: 'bank-seven-steps',
  kind: 'ordering',
  dimension: 'composure',
  weight: 1,
  handbook: 'bank-seven-steps',
  fires: (f) => {
    if (!f.bankSevenSteps) return false;
    const isolated = f.earlier.has('isolate') || has(f, 'isolate');
    const recorded = f.earlier.has('record') || f.earlier.has('paraphrase');
    const listensOrActs = hasAny(f, LISTENING_MOVES) || hasAny(f, SOLUTION_MOVES);
    return (!isolated && listensOrActs) || (hasAny(f, SOLUTION_MOVES) && !recorded);
  },
  description: {
    'zh-CN':
      '柜台七步法：迅速隔离、安抚情绪、聆听倾诉、详细记录、判断需求、及时处理、后续跟踪，按顺序来。',
    en: "The bank counter's 7 steps, in order: separate quickly, calm, listen, record, judge the need, act, follow up.",
  },
  feedback: {
    'zh-CN': '七步法的顺序乱了：先把客户请到一边、安抚下来，听完记好、核对过，再谈处理。',
    en: 'The 7 steps were out of order: take the customer aside and calm them, listen and record it, then act.',
  },
};
