import { TIMEOUT } from './call-progress';
import { SILENCES_BEFORE_HANG_UP } from './compile-scenario';
import type { EndingNode, LocalizedText } from './scenario-schema';

/** The debrief's account of a call the customer hung up on because nobody answered. */
const SILENCE_ENDING_SUMMARY: LocalizedText = {
  'zh-CN': `客户连续 ${SILENCES_BEFORE_HANG_UP} 次没等到回应，挂断了电话，要找上级投诉。投诉电话里，冷场比说错话更伤人：一时不知道说什么，也要先接住客户的话。`,
  en: `The customer heard nothing ${SILENCES_BEFORE_HANG_UP} times in a row, hung up and is taking it higher. On a complaint line, dead air hurts more than a clumsy sentence: when you are stuck for words, acknowledge the customer first.`,
};

/**
 * What the debrief says happened at an ending. The case's own account names a reply; an ending
 * reached on a silence gets the account of the silence instead.
 */
export function endingSummary(ending: EndingNode, lastChoice: string): LocalizedText {
  return lastChoice === TIMEOUT ? SILENCE_ENDING_SUMMARY : ending.summary;
}
