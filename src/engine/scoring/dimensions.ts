import type { Behaviour } from '../behaviours';
import type { LocalizedText } from '../scenario-schema';

export const DIMENSION_IDS = ['listen', 'apologize', 'resolve'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];
export type DimensionPoints = Record<DimensionId, number>;
/** A dimension is null when the call gave no chance to show it. */
export type DimensionScores = Record<DimensionId, number | null>;

export interface Dimension {
  id: DimensionId;
  weight: number;
  name: LocalizedText;
  description: LocalizedText;
}

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'listen',
    weight: 1,
    name: { 'zh-CN': '倾听', en: 'Listen' },
    description: {
      'zh-CN': '让客户把话说完，复述确认，问清事实，探询真实期望。',
      en: 'Let the customer finish, confirm by paraphrasing, ask for the facts, probe the real expectation.',
    },
  },
  {
    id: 'apologize',
    weight: 1,
    name: { 'zh-CN': '共情致歉', en: 'Empathize & apologize' },
    description: {
      'zh-CN': '说出客户的感受，真诚致歉，站在客户的立场上。',
      en: "Name the customer's feeling, apologize sincerely, stand in their shoes.",
    },
  },
  {
    id: 'resolve',
    weight: 1,
    name: { 'zh-CN': '解决', en: 'Resolve' },
    description: {
      'zh-CN': '给出具体的办法和时间，有限度地补偿，跟进并确认客户满意。',
      en: 'Give a concrete fix and a date, bounded compensation, follow up and check the customer is satisfied.',
    },
  },
];

/** Which dimension each positive behaviour earns a point on. */
export const CREDIT_DIMENSION: Partial<Record<Behaviour, DimensionId>> = {
  'acknowledge-emotion': 'apologize',
  apologize: 'apologize',
  paraphrase: 'listen',
  'ask-facts': 'listen',
  'probe-expectation': 'listen',
  explain: 'resolve',
  'offer-solution': 'resolve',
  'bounded-offer': 'resolve',
  'commit-deadline': 'resolve',
  'follow-up': 'resolve',
  'check-satisfaction': 'resolve',
};

export const zeroPoints = (): DimensionPoints => ({ listen: 0, apologize: 0, resolve: 0 });
