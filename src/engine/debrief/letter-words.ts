import type { LocalizedText } from '../scenario-schema';
import type { Locale } from '../vocabulary';

/**
 * A written reply is graded by the same rules as a call, but several rules' comments speak of
 * hanging up or of "the whole call". For a letter the debrief says the same point in a letter's
 * words, so the trainee is never told about a call they did not make.
 */
export const LETTER_RULE_WORDS: Readonly<Record<string, LocalizedText>> = {
  'avoid-premature-close': {
    'zh-CN':
      '这封回信急着收尾，没有问一句读信人还有哪里不放心。写完之前留一句：还有什么疑问，请随时找我。',
    en: 'This letter hurries to its close without asking whether anything still worries the reader. Before you sign off, invite them to say what is still unclear.',
  },
  'closing-on-resignation': {
    'zh-CN': '读信人刚才的话里是无奈，不是满意，回信在这里收尾，等于把不满留给了对方。',
    en: 'The reader had just sounded resigned, not satisfied; ending the letter here leaves them with the grievance.',
  },
  'apology-timing': {
    'zh-CN': '整封回信没有一句真诚的道歉。我们确有做得不到位的地方，一句“真对不起”能省下很多解释。',
    en: 'The whole letter went without a sincere apology. We fell short; one real "I am sorry" saves a lot of explaining.',
  },
};

/** The joint point of a rushed close and a broken callback, in a letter's words. */
export const LETTER_RUSHED_CLOSE: LocalizedText = {
  'zh-CN': '答应的回复还没兑现，也没问一句对方是否放心，回信就收尾了。',
  en: 'The promised follow-up was never given and the letter closed without asking whether the reader was reassured.',
};

/** The resigned reader, in place of the resigned caller's tone of voice. */
export const LETTER_RESIGNED: LocalizedText = {
  'zh-CN': '读信人的回应里是无奈，不是满意。',
  en: 'The reader sounded resigned, not satisfied.',
};

/** Where a promise was made: the reply's paragraph, not its turn in a conversation. */
export const LETTER_PROMISED: Readonly<Record<Locale, (turn: number, words: string) => string>> = {
  'zh-CN': (turn, words) => `你在回信第 ${turn} 段承诺：“${words}”`,
  en: (turn, words) => `In paragraph ${turn} of your reply you promised: "${words}"`,
};

export const LETTER_PROMISED_AGAIN: Readonly<Record<Locale, (turn: number) => string>> = {
  'zh-CN': (turn) => `回信第 ${turn} 段把同样的承诺又写了一遍。`,
  en: (turn) => `Paragraph ${turn} made the same promise again.`,
};

/** The key cue at its moment, answered or not by the letter rather than on the spot. */
export const LETTER_CUE: Readonly<
  Record<'acted' | 'ignored' | 'unanswered' | 'unreached', (name: LocalizedText) => LocalizedText>
> = {
  acted: (n) => ({
    'zh-CN': `${n['zh-CN']}流露出真正在意的事，你的回信正面回应了它。`,
    en: `${n.en} let slip what really mattered, and your letter answered it head on.`,
  }),
  ignored: (n) => ({
    'zh-CN': `${n['zh-CN']}流露出真正在意的事，你的回信没有回应它。`,
    en: `${n.en} let slip what really mattered, and your letter passed over it.`,
  }),
  unanswered: (n) => ({
    'zh-CN': `${n['zh-CN']}刚流露出真正在意的事，回信就发出了。`,
    en: `${n.en} had just let slip what really mattered when the reply was sent.`,
  }),
  unreached: (n) => ({
    'zh-CN': `这封回信没有写到回应${n['zh-CN']}真正在意之事的那一步。`,
    en: `The reply never reached the point of answering what really mattered to ${n.en}.`,
  }),
};

/** A promised follow-up the letter never gave, in place of the unmade callback. */
export const LETTER_BROKEN_PROMISE: LocalizedText = {
  'zh-CN': '回信里答应的答复，到回信发出时也没有兑现。',
  en: 'The follow-up your letter promised was never given before it was sent.',
};
