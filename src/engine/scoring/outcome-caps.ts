import type { LocalizedText } from '../scenario-schema';
import type { Outcome } from '../vocabulary';

/** The highest total a call can earn when it ends this way: how a call ends is part of its grade. */
export const OUTCOME_CAPS: Record<Outcome, number> = {
  'resolved-satisfied': 100,
  'resolved-grudging': 74,
  escalated: 50,
  'customer-hung-up': 40,
  'public-complaint': 30,
};

/** The highest total a call with a critical mistake can earn. */
export const CRITICAL_CAP = 30;

export const CAP_EXPLANATION: Record<'critical' | Outcome, LocalizedText> = {
  critical: {
    'zh-CN': '通话中出现了严重错误（争执、归咎或威胁），总分最高 30 分。',
    en: 'The call contained a critical mistake (arguing, blaming or threatening), so the total is capped at 30.',
  },
  'resolved-satisfied': { 'zh-CN': '', en: '' },
  'resolved-grudging': {
    'zh-CN': '问题解决了，但客户并不真正满意，总分最高 74 分。',
    en: 'The problem was fixed but the customer was not truly satisfied, so the total is capped at 74.',
  },
  escalated: {
    'zh-CN': '投诉继续升级了，总分最高 50 分。',
    en: 'The complaint escalated further, so the total is capped at 50.',
  },
  'customer-hung-up': {
    'zh-CN': '客户挂断了电话，总分最高 40 分。',
    en: 'The customer hung up, so the total is capped at 40.',
  },
  'public-complaint': {
    'zh-CN': '客户把投诉公开了，总分最高 30 分。',
    en: 'The customer took the complaint public, so the total is capped at 30.',
  },
};
