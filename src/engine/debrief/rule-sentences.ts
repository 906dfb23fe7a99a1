import type { CaseKind, LocalizedText } from '../scenario-schema';
import type { FiringRule } from '../scoring/rule';
import { ruleById } from '../scoring/rules';
import { LETTER_RULE_WORDS, LETTER_RUSHED_CLOSE } from './letter-words';

/** Rules that make one point together: when all fire on a reply, one sentence says it. */
const JOINT_POINTS: ReadonlyArray<{ rules: readonly string[]; sentence: LocalizedText }> = [
  {
    rules: ['avoid-premature-close', 'broken-callback'],
    sentence: {
      'zh-CN': '答应的回电还没兑现，也没问一句客户是否放心，就急着收线了。',
      en: 'The promised callback was never made and nobody asked whether the customer was reassured before the call was wound up.',
    },
  },
  {
    rules: ['mood-before-matter', 'hear-before-solve'],
    sentence: {
      'zh-CN':
        '客户还在气头上、情况也还没问清，就给了办法。先处理心情，再处理事情；先听清问题，再解决问题。',
      en: 'The customer was still agitated and nothing had been asked yet when the fix came. Handle the mood before the matter, and hear the problem before solving it.',
    },
  },
];

/**
 * A rule's own comment quotes a customer ("that resigned 'no, that's all'") whom this call may never
 * have heard say it; the debrief says the same point in words of its own.
 */
const OWN_WORDS: Readonly<Record<string, LocalizedText>> = {
  'avoid-premature-close': {
    'zh-CN': '这是在急着收线：挂机前先确认客户是不是真的满意。',
    en: 'This rushes to hang up: check that the customer is really satisfied before you close.',
  },
};

/** At most this many rule sentences per reply; the reply's rule links name every rule that fired. */
export const MAX_RULE_SENTENCES = 2;

/** Harmful moves first, then broken order, then things left undone, then minor slips. */
function weight(rule: FiringRule): number {
  if (rule.kind === 'penalty-critical') return 0;
  if (rule.kind === 'ordering') return 2;
  if (rule.kind === 'penalty-minor') return 4;
  return rule.omission ? 3 : 1;
}

const firing = (id: string): FiringRule | undefined => {
  const rule = ruleById(id);
  return rule && rule.kind !== 'credit' ? rule : undefined;
};

/** The rule sentences of a reply: joint points merged, the gravest first, capped; a letter's in its own words. */
export function ruleSentences(fired: readonly string[], kind: CaseKind = 'call'): LocalizedText[] {
  const letter = kind === 'written-reply';
  const rules = fired.map(firing).filter((r): r is FiringRule => r !== undefined);
  const ids = new Set(rules.map((r) => r.id));
  const points: Array<{ weight: number; sentence: LocalizedText }> = [];
  const covered = new Set<string>();
  for (const joint of JOINT_POINTS) {
    if (!joint.rules.every((id) => ids.has(id))) continue;
    joint.rules.forEach((id) => covered.add(id));
    const gravest = Math.min(...rules.filter((r) => joint.rules.includes(r.id)).map(weight));
    const rushedClose = joint.rules.includes('avoid-premature-close');
    points.push({
      weight: gravest,
      sentence: letter && rushedClose ? LETTER_RUSHED_CLOSE : joint.sentence,
    });
  }
  for (const rule of rules) {
    if (covered.has(rule.id)) continue;
    const own = (letter ? LETTER_RULE_WORDS[rule.id] : undefined) ?? OWN_WORDS[rule.id];
    points.push({ weight: weight(rule), sentence: own ?? rule.feedback });
  }
  return points
    .map((p, order) => ({ ...p, order }))
    .sort((a, b) => a.weight - b.weight || a.order - b.order)
    .slice(0, MAX_RULE_SENTENCES)
    .map((p) => p.sentence);
}

/**
 * The author's note that opened a reply's stored comment: the comment is the note followed by the
 * comments of the rules that fired (see gradeTurn). A comment stored otherwise (an earlier scoring
 * model's) is kept whole.
 */
export function authorNote(feedback: LocalizedText, fired: readonly string[]): LocalizedText {
  const comments = fired.map(firing).filter((r): r is FiringRule => r !== undefined);
  const zh = comments.map((r) => r.feedback['zh-CN']).join('');
  const en = comments.map((r) => ` ${r.feedback.en}`).join('');
  const strip = (text: string, tail: string) =>
    tail && text.endsWith(tail) ? text.slice(0, -tail.length) : text;
  return { 'zh-CN': strip(feedback['zh-CN'], zh), en: strip(feedback.en, en) };
}
