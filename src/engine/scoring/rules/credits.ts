import { COMPOSURE_LAPSES, type Behaviour } from '../../behaviours';
import type { LocalizedText } from '../../scenario-schema';
import { CREDIT_DIMENSION } from '../dimensions';
import { has, hasAny, type CreditRule } from '../rule';

const HANDBOOK: Partial<Record<Behaviour, string>> = {
  paraphrase: 'listening',
  record: 'listening',
  'let-vent': 'listening',
  'acknowledge-emotion': 'golden-rules',
  apologize: 'apology',
  thank: 'apology',
  'own-problem': 'due-date-first',
  'commit-deadline': 'due-date-first',
  'ask-facts': 'cues',
  'probe-expectation': 'cues',
  'verify-facts': 'bank-seven-steps',
  'bounded-offer': 'expectations',
  'set-expectations': 'expectations',
  'decline-tactfully': 'expectations',
  'progress-update': 'respond-now',
  'exceed-expectations': 'respond-now',
  isolate: 'bank-seven-steps',
};

const DESCRIPTIONS: Partial<Record<Behaviour, LocalizedText>> = {
  paraphrase: {
    'zh-CN': '复述确认客户的话。',
    en: 'Paraphrase to confirm what the customer said.',
  },
  record: { 'zh-CN': '记录要点并念给客户核对。', en: 'Note the key points and read them back.' },
  'let-vent': {
    'zh-CN': '让客户把话说完、把气撒出来。',
    en: 'Let the customer finish and let off steam.',
  },
  'acknowledge-emotion': {
    'zh-CN': '说出客户的感受和它的原因。',
    en: "Name the customer's feeling and its cause.",
  },
  apologize: {
    'zh-CN': '为客户的经历真诚致歉。',
    en: "Apologize sincerely for the customer's experience.",
  },
  thank: {
    'zh-CN': '感谢客户的批评和耐心。',
    en: 'Thank the customer for the criticism and their patience.',
  },
  explain: {
    'zh-CN': '用客户听得懂的话解释清楚。',
    en: 'Explain in words the customer understands.',
  },
  'offer-solution': { 'zh-CN': '给出具体的解决办法。', en: 'Offer a concrete fix.' },
  'commit-deadline': { 'zh-CN': '承诺明确的完成时间。', en: 'Commit to a clear date or time.' },
  'own-problem': {
    'zh-CN': '表明自己就是负责这件事的人。',
    en: 'Say you are the person responsible for this problem.',
  },
  'ask-facts': { 'zh-CN': '询问事实。', en: 'Ask for the facts.' },
  'probe-expectation': {
    'zh-CN': '探询客户真正的期望。',
    en: 'Probe what the customer really expects.',
  },
  'verify-facts': {
    'zh-CN': '核实事实（系统记录、监控、当事人）。',
    en: 'Verify the facts (system records, cameras, the staff involved).',
  },
  'bounded-offer': {
    'zh-CN': '有限度的补偿，用封闭式选项提出。',
    en: 'Bounded compensation, offered as a closed choice.',
  },
  'set-expectations': {
    'zh-CN': '说清能做什么、不能做什么。',
    en: 'Say what can and cannot be done.',
  },
  'decline-tactfully': {
    'zh-CN': '委婉而明确地拒绝不合理要求，并说明理由。',
    en: 'Decline an unreasonable demand tactfully but clearly, with reasons.',
  },
  // Said of the reply that takes the follow-up on, not of a follow-up that happened later.
  'follow-up': { 'zh-CN': '把后续跟进揽到自己身上。', en: 'Take the follow-up on yourself.' },
  'check-satisfaction': {
    'zh-CN': '结束前确认客户是否真的满意。',
    en: 'Check the customer is really satisfied before closing.',
  },
  'callback-promise': {
    'zh-CN': '约定回电的时间和方式。',
    en: 'Agree when and how you will call back.',
  },
  'progress-update': {
    'zh-CN': '主动反馈进度，即使暂时没有结果。',
    en: 'Report progress, even when there is none yet.',
  },
  'exceed-expectations': {
    'zh-CN': '在约定之外多做一点，让客户意外满意。',
    en: 'Do a little more than agreed, to delight the customer.',
  },
  'solicit-review': {
    'zh-CN': '请客户评价这次处理。',
    en: 'Ask the customer how the handling went.',
  },
  'self-identify': { 'zh-CN': '先报身份。', en: 'Say who you are.' },
  hold: {
    'zh-CN': '规范地请客户稍等，说明原因和时间。',
    en: 'Put the customer on hold properly, with the reason and how long.',
  },
  isolate: {
    'zh-CN': '把激动的客户请到安静处，与围观者和当事员工隔开。',
    en: 'Take an upset customer somewhere quiet, away from onlookers and the staff involved.',
  },
};

/** One credit rule per positive behaviour: a point on its dimension each time it is shown. */
const BEHAVIOUR_CREDITS: CreditRule[] = (Object.keys(CREDIT_DIMENSION) as Behaviour[]).map((b) => ({
  id: b,
  kind: 'credit',
  dimension: CREDIT_DIMENSION[b]!,
  weight: 1,
  earns: b,
  handbook: HANDBOOK[b] ?? 'principles',
  description: DESCRIPTIONS[b] ?? { 'zh-CN': b, en: b },
}));

/** Acting on the key cue at the moment it is heard: a trainer's favourite moment in a call. */
export const actedOnKeyCue: CreditRule = {
  id: 'acted-on-key-cue',
  kind: 'credit',
  dimension: 'diagnose',
  weight: 1,
  handbook: 'cues',
  earns: (f) => f.keyCueHere && has(f, 'probe-expectation', 'paraphrase'),
  description: {
    'zh-CN': '听到关键线索时立刻追问或复述，找到客户真正的期望。',
    en: "Follow up on the key cue the moment you hear it, and find the customer's real expectation.",
  },
};

/**
 * Lapses of service language besides those of temper: "yes, but…" heads the course's list of
 * phrases to avoid (it only adds fuel), so a reply that says it has not kept its service language.
 */
const SERVICE_LANGUAGE_LAPSES: readonly Behaviour[] = [...COMPOSURE_LAPSES, 'yes-but'];

/**
 * Keeping one's calm and service language through a reply: composure is in play on every call, so a
 * lapse costs something even on a call that offers no other composure move.
 */
export const keptComposure: CreditRule = {
  id: 'kept-composure',
  kind: 'credit',
  dimension: 'composure',
  weight: 1,
  handbook: 'composure',
  earns: (f) => !f.timedOut && !hasAny(f, SERVICE_LANGUAGE_LAPSES),
  description: {
    'zh-CN': '这一句语气平稳、用语规范，没有把情绪带进来。',
    en: 'A steady, professional reply with no personal feelings in it.',
  },
};

/** Spotting, after the call, which line revealed the real expectation. */
export const spottedKeyCue: CreditRule = {
  id: 'spotted-key-cue',
  kind: 'credit',
  dimension: 'diagnose',
  weight: 1,
  handbook: 'cues',
  earns: () => false,
  description: {
    'zh-CN': '复盘时指出哪一句话透露了客户真正的期望。',
    en: "In the debrief, point to the line that revealed the customer's real expectation.",
  },
};

export const CREDIT_RULES: readonly CreditRule[] = [
  ...BEHAVIOUR_CREDITS,
  actedOnKeyCue,
  keptComposure,
  spottedKeyCue,
];
