import type { LocalizedText } from './scenario-schema';
import { DIMENSIONS } from './scoring/dimensions';
import { CRITICAL_CAP } from './scoring/outcome-caps';

/**
 * The observer's checklist for a role-play: one item per scoring dimension (weighted as in the
 * rubric), one per step of the bank counter's 7 steps, and the critical-mistake check that caps
 * the total exactly as it caps a simulated call.
 */

export type ChecklistGroup = 'dimension' | 'step' | 'critical';

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
  label: LocalizedText;
  /** What to look and listen for. */
  lookFor: LocalizedText;
  /** Share of the total when met; the critical check carries none, it caps instead. */
  weight: number;
}

/** The 7 steps together count for this many points; the dimensions for the rest. */
const STEPS_SHARE = 30;

const SEVEN_STEPS: Array<{ id: string; label: LocalizedText; lookFor: LocalizedText }> = [
  {
    id: 'step-isolate',
    label: { 'zh-CN': '迅速隔离', en: 'Step in and separate' },
    lookFor: {
      'zh-CN': '很快接手，报出身份，把客户从围观或争执中带开（电话里：先报身份、说明由我负责）。',
      en: 'Takes over fast, says who they are, moves the customer away from onlookers or the argument (on the phone: introduces themself and takes ownership).',
    },
  },
  {
    id: 'step-calm',
    label: { 'zh-CN': '安抚情绪', en: 'Calm the emotions' },
    lookFor: {
      'zh-CN': '先照顾客户的情绪：一杯温水、一句“别着急，咱慢慢说”。',
      en: 'Looks after the feeling first: a glass of warm water, “no rush, let’s take it slowly”.',
    },
  },
  {
    id: 'step-listen',
    label: { 'zh-CN': '聆听倾诉', en: 'Hear them out' },
    lookFor: {
      'zh-CN': '让客户说完，不打断；回应有内容，不是“嗯嗯是对”。',
      en: 'Lets the customer finish, never interrupts; responds with substance, not just “uh-huh”.',
    },
  },
  {
    id: 'step-record',
    label: { 'zh-CN': '详细记录', en: 'Record in detail' },
    lookFor: {
      'zh-CN': '记下要点，念给客户核对，再去核实事实。',
      en: 'Notes the key points, reads them back, then checks the facts.',
    },
  },
  {
    id: 'step-judge',
    label: { 'zh-CN': '判断需求', en: 'Judge the need' },
    lookFor: {
      'zh-CN': '找到客户真正的期望；用封闭式问题给出有限的选项。',
      en: 'Finds the real expectation; offers bounded options with closed questions.',
    },
  },
  {
    id: 'step-handle',
    label: { 'zh-CN': '及时处理', en: 'Handle promptly' },
    lookFor: {
      'zh-CN': '当场能办的当场办；办不了的说清几天内、由谁、怎么回复。',
      en: 'Fixes on the spot what can be fixed; otherwise says within how many days, who, and how they will hear back.',
    },
  },
  {
    id: 'step-follow-up',
    label: { 'zh-CN': '后续跟踪', en: 'Follow up' },
    lookFor: {
      'zh-CN': '约好回访时间，挂机前确认客户真的满意。',
      en: 'Agrees when to follow up and checks the customer is really satisfied before ending.',
    },
  },
];

const NO_CRITICAL: ChecklistItem = {
  id: 'no-critical-mistake',
  group: 'critical',
  label: { 'zh-CN': '没有严重失误', en: 'No critical mistake' },
  lookFor: {
    'zh-CN': `没有与客户争辩、指责客户或同事、威胁、否认客户的情绪、拒绝道歉或泄露隐私。未勾选时总分最高 ${CRITICAL_CAP} 分。`,
    en: `Did not argue, blame the customer or colleagues, threaten, deny the customer’s feelings, refuse to apologize or disclose private information. Unticked, the total is capped at ${CRITICAL_CAP}.`,
  },
  weight: 0,
};

export const OBSERVER_CHECKLIST: readonly ChecklistItem[] = [
  ...DIMENSIONS.map((d): ChecklistItem => ({
    id: `dimension-${d.id}`,
    group: 'dimension',
    label: d.name,
    lookFor: d.description,
    weight: (d.weight * (100 - STEPS_SHARE)) / 100,
  })),
  ...SEVEN_STEPS.map((s): ChecklistItem => ({
    ...s,
    group: 'step',
    weight: STEPS_SHARE / SEVEN_STEPS.length,
  })),
  NO_CRITICAL,
];

/** An observer's mark on one item. */
export interface Mark {
  itemId: string;
  met: boolean;
  note: string;
}

export const blankMarks = (): Mark[] =>
  OBSERVER_CHECKLIST.map((item) => ({
    itemId: item.id,
    met: item.group === 'critical',
    note: '',
  }));

/** 0–100: the weights of the items met, capped when a critical mistake was observed. */
export function checklistTotal(marks: readonly Mark[]): number {
  const met = new Set(marks.filter((m) => m.met).map((m) => m.itemId));
  const earned = OBSERVER_CHECKLIST.filter((i) => met.has(i.id)).reduce((t, i) => t + i.weight, 0);
  const total = Math.round(earned);
  return met.has(NO_CRITICAL.id) ? total : Math.min(total, CRITICAL_CAP);
}
