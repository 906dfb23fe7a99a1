import type { TranscriptEntry, TurnRecord } from '../attempt-log';
import { TIMEOUT } from '../call-progress';
import { SILENCES_BEFORE_HANG_UP } from '../compile-scenario';
import { cueMoment } from '../cue-moment';
import type { CaseKind, LocalizedText } from '../scenario-schema';
import { brokenCallback } from '../scoring/rules/situational-penalties';
import { LOCALES, type Locale, type Outcome } from '../vocabulary';
import {
  LETTER_BROKEN_PROMISE,
  LETTER_CUE,
  LETTER_PROMISED,
  LETTER_PROMISED_AGAIN,
} from './letter-words';
import { normalized, splitSentences } from './sentences';

/** What the ending paragraph is composed from: the call as recorded. */
export interface EndingFacts {
  outcome: Outcome | null;
  choices: readonly string[];
  transcript: readonly TranscriptEntry[];
  turns: readonly TurnRecord[];
  /** The customer's name; the demo call stores none. */
  name: LocalizedText | null;
  /** A written reply's account speaks of the letter and its paragraphs; absent means a call. */
  kind?: CaseKind;
}

const CUSTOMER: LocalizedText = { 'zh-CN': '客户', en: 'The customer' };

type Say = (name: LocalizedText) => LocalizedText;

const OUTCOME_SENTENCE: Record<Outcome, Say> = {
  'resolved-satisfied': (n) => ({
    'zh-CN': `这次投诉以${n['zh-CN']}满意告终。`,
    en: `The complaint ended with ${n.en} satisfied.`,
  }),
  'resolved-grudging': (n) => ({
    'zh-CN': `事情算是处理了，但${n['zh-CN']}并不真的满意。`,
    en: `The matter was dealt with, but ${n.en} is not really satisfied.`,
  }),
  escalated: (n) => ({
    'zh-CN': `${n['zh-CN']}要求找上级，投诉升级了。`,
    en: `${n.en} asked for someone higher up: the complaint was escalated.`,
  }),
  'customer-hung-up': (n) => ({
    'zh-CN': `${n['zh-CN']}没等事情谈完就中断了沟通。`,
    en: `${n.en} broke off before anything was settled.`,
  }),
  'public-complaint': (n) => ({
    'zh-CN': `${n['zh-CN']}决定把这件事公开投诉出去。`,
    en: `${n.en} decided to take the complaint public.`,
  }),
};

const SILENCE: Say = (n) => ({
  'zh-CN': `${n['zh-CN']}连续 ${SILENCES_BEFORE_HANG_UP} 次没等到回应，不再等下去了。冷场比说错话更伤人：一时不知道说什么，也要先接住客户的话。`,
  en: `${n.en} heard nothing ${SILENCES_BEFORE_HANG_UP} times in a row and stopped waiting. Dead air hurts more than a clumsy sentence: when you are stuck for words, acknowledge the customer first.`,
});

/** The key cue at its moment, without naming the line: the debrief asks the trainee which it was. */
const CUE_SENTENCE: Record<'acted' | 'ignored' | 'unanswered' | 'unreached', Say> = {
  acted: (n) => ({
    'zh-CN': `${n['zh-CN']}流露出真正在意的事时，你当场追问，接住了。`,
    en: `When ${n.en} let slip what really mattered, you followed it up on the spot.`,
  }),
  ignored: (n) => ({
    'zh-CN': `${n['zh-CN']}流露出真正在意的事时，你没有接住。`,
    en: `When ${n.en} let slip what really mattered, you let it pass.`,
  }),
  unanswered: (n) => ({
    'zh-CN': `${n['zh-CN']}刚流露出真正在意的事，沟通就结束了。`,
    en: `${n.en} had just let slip what really mattered when the conversation ended.`,
  }),
  unreached: (n) => ({
    'zh-CN': `这次沟通没有走到${n['zh-CN']}流露真正在意的事那一步。`,
    en: `The conversation never reached the point where ${n.en} let slip what really mattered.`,
  }),
};

const CAME_BACK: LocalizedText = {
  'zh-CN': '后来你回过头追问了客户真正的期望，算是补了回来。',
  en: 'Later you went back and asked what they really expected, which made up some ground.',
};

const PROMISE_MOVES = ['callback-promise', 'commit-deadline'];

const PROMISED: Record<Locale, (turn: number, words: string) => string> = {
  'zh-CN': (turn, words) => `你在第 ${turn} 次回答时承诺：“${words}”`,
  en: (turn, words) => `In reply ${turn} you promised: "${words}"`,
};

const PROMISED_AGAIN: Record<Locale, (turn: number) => string> = {
  'zh-CN': (turn) => `第 ${turn} 次回答时，你把同样的承诺又说了一遍。`,
  en: (turn) => `In reply ${turn} you made the same promise again.`,
};

const OMITTED: Record<Locale, string> = { 'zh-CN': '……', en: ' … ' };

/**
 * Every promise in the trainee's own words, each sentence quoted once: a promise repeated later is
 * quoted only for what it adds, so the paragraph never says one sentence twice.
 */
function promisesQuoted(promises: readonly TurnRecord[], letter: boolean): LocalizedText[] {
  const promised = letter ? LETTER_PROMISED : PROMISED;
  const again = letter ? LETTER_PROMISED_AGAIN : PROMISED_AGAIN;
  const quoted = Object.fromEntries(LOCALES.map((l) => [l, new Set<string>()])) as Record<
    Locale,
    Set<string>
  >;
  return promises.map((turn) => {
    const say = (locale: Locale) => {
      const sentences = splitSentences(turn.reply[locale], locale);
      const fresh = sentences.filter((s) => !quoted[locale].has(normalized(s)));
      sentences.forEach((s) => quoted[locale].add(normalized(s)));
      if (fresh.length === 0) return again[locale](turn.turn);
      const words =
        fresh.length === sentences.length ? turn.reply[locale] : fresh.join(OMITTED[locale]);
      return promised[locale](turn.turn, words);
    };
    return { 'zh-CN': say('zh-CN'), en: say('en') };
  });
}

const BROKEN_PROMISE: LocalizedText = {
  'zh-CN': '可答应的回电，到结束时也没有兑现。',
  en: 'The callback you promised was never made before the end.',
};

/**
 * The ending paragraph, composed from what happened on this call: how it ended, what the trainee did
 * at the key cue (never which line it was, which the cue question asks next), and every promise made,
 * in the trainee's own words, with whether it was kept.
 */
export function endingAccount(call: EndingFacts): LocalizedText[] {
  if (!call.outcome) return [];
  const name = call.name ?? CUSTOMER;
  const letter = call.kind === 'written-reply';
  const sentences: LocalizedText[] = [
    call.choices.at(-1) === TIMEOUT ? SILENCE(name) : OUTCOME_SENTENCE[call.outcome](name),
  ];
  const moment = cueMoment(call.transcript, call.turns);
  const cues = letter ? LETTER_CUE : CUE_SENTENCE;
  sentences.push(cues[moment ? moment.verdict : 'unreached'](name));
  if (
    moment?.verdict === 'ignored' &&
    call.turns.some(
      (t) => t.turn > moment.response!.turn && t.credits.includes('probe-expectation'),
    )
  ) {
    sentences.push(CAME_BACK);
  }
  const promises = call.turns.filter((t) => t.credits.some((id) => PROMISE_MOVES.includes(id)));
  sentences.push(...promisesQuoted(promises, letter));
  if (call.turns.some((t) => t.rules.includes(brokenCallback.id)))
    sentences.push(letter ? LETTER_BROKEN_PROMISE : BROKEN_PROMISE);
  return sentences;
}
