import type { Behaviour } from '../behaviours';
import type { LocalizedText } from '../scenario-schema';

export const DIMENSION_IDS = [
  'listen',
  'apologize',
  'resolve',
  'diagnose',
  'expectations',
  'followUp',
  'composure',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];
export type DimensionPoints = Record<DimensionId, number>;
/** A dimension is null when the call gave no chance to show it. */
export type DimensionScores = Record<DimensionId, number | null>;

export interface Dimension {
  id: DimensionId;
  /** Relative weight in the total (domain brief §6). */
  weight: number;
  name: LocalizedText;
  description: LocalizedText;
}

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'listen',
    weight: 20,
    name: { 'zh-CN': '倾听', en: 'Listen' },
    description: {
      'zh-CN': '让客户把话说完，不打断；复述确认，边听边记，记完念给客户核对。',
      en: 'Let the customer finish without interrupting; confirm by paraphrasing; take notes and read them back.',
    },
  },
  {
    id: 'apologize',
    weight: 20,
    name: { 'zh-CN': '共情致歉', en: 'Empathize & apologize' },
    description: {
      'zh-CN': '说出客户的感受，站在客户的立场上，真诚致歉——道歉不等于认责。',
      en: "Name the customer's feeling, stand in their shoes, apologize sincerely: an apology is not an admission of liability.",
    },
  },
  {
    id: 'resolve',
    weight: 20,
    name: { 'zh-CN': '解决', en: 'Resolve' },
    description: {
      'zh-CN': '首问负责，先说什么时候、怎么办，再谈原因；给出具体的办法和时间。',
      en: 'Own the problem; say when and how before why; give a concrete fix and a date.',
    },
  },
  {
    id: 'diagnose',
    weight: 10,
    name: { 'zh-CN': '信息收集与需求判断', en: 'Diagnose' },
    description: {
      'zh-CN': '听出线索（重复、语气变化、回避、夸大），问清事实，探询客户真实的期望。',
      en: 'Catch the cues (repetition, rising tone, avoidance, exaggeration), ask for facts, probe the real expectation.',
    },
  },
  {
    id: 'expectations',
    weight: 10,
    name: { 'zh-CN': '期望管理', en: 'Manage expectations' },
    description: {
      'zh-CN': '说清能做和不能做的，补偿有限度、用封闭式选项，不轻易许诺，争取双赢。',
      en: 'Say what can and cannot be done, offer bounded compensation as a closed choice, promise carefully, aim for win-win.',
    },
  },
  {
    id: 'followUp',
    weight: 10,
    name: { 'zh-CN': '跟踪与结束', en: 'Follow up & close' },
    description: {
      'zh-CN': '约好回访并兑现，复杂问题每天反馈进度，挂机前确认客户真的满意。',
      en: 'Agree a follow-up and keep it, update daily on long cases, check the customer is really satisfied before closing.',
    },
  },
  {
    id: 'composure',
    weight: 10,
    name: { 'zh-CN': '情绪自控与规范', en: 'Composure & service language' },
    description: {
      'zh-CN': '语气平稳，不冷不腻；先报身份；规范地请客户稍等、约回电，不把个人情绪带进来。',
      en: 'A steady voice, neither cold nor gushing; identify yourself; hold and call back properly; keep personal feelings out.',
    },
  },
];

/** Which dimension each positive behaviour earns a point on. */
export const CREDIT_DIMENSION: Partial<Record<Behaviour, DimensionId>> = {
  paraphrase: 'listen',
  record: 'listen',
  'let-vent': 'listen',
  'acknowledge-emotion': 'apologize',
  apologize: 'apologize',
  thank: 'apologize',
  explain: 'resolve',
  'offer-solution': 'resolve',
  'commit-deadline': 'resolve',
  'own-problem': 'resolve',
  'ask-facts': 'diagnose',
  'probe-expectation': 'diagnose',
  'verify-facts': 'diagnose',
  'bounded-offer': 'expectations',
  'set-expectations': 'expectations',
  'decline-tactfully': 'expectations',
  'follow-up': 'followUp',
  'check-satisfaction': 'followUp',
  'callback-promise': 'followUp',
  'progress-update': 'followUp',
  'exceed-expectations': 'followUp',
  'solicit-review': 'followUp',
  'self-identify': 'composure',
  hold: 'composure',
  isolate: 'composure',
};

export const zeroPoints = (): DimensionPoints => ({
  listen: 0,
  apologize: 0,
  resolve: 0,
  diagnose: 0,
  expectations: 0,
  followUp: 0,
  composure: 0,
});
