import type { TranscriptEntry, TurnRecord } from '../attempt-log';
import { REACTIONS } from '../reactions';
import type { CaseKind, LocalizedText } from '../scenario-schema';
import { deadAir } from '../scoring/rules/situational-penalties';
import { LOCALES, type Locale } from '../vocabulary';
import { LETTER_RESIGNED } from './letter-words';
import { quotesSaidOnPath, type CaseLines } from './quotes';
import { authorNote, ruleSentences } from './rule-sentences';
import { sayOnce, splitSentences } from './sentences';

/** A reply's comment in the debrief: sentences in each language, each point once. */
export type Comment = Record<Locale, string[]>;

const reactionById = new Map(REACTIONS.map((r) => [r.id, r]));

/** The resigned customer's reaction names a "no, that's all" the call may not have contained. */
const RESIGNED: LocalizedText = {
  'zh-CN': '客户的语气里是无奈，不是满意。',
  en: 'The customer sounded resigned, not satisfied.',
};

/** How the customer took the reply, beyond what the rules say; dead air has its rule's sentence. */
function reactionSentences(turn: TurnRecord, kind: CaseKind): LocalizedText[] {
  return turn.reactions.flatMap((id) => {
    if (id === 'dead-air' && turn.rules.includes(deadAir.id)) return [];
    if (id === 'resigned') return [kind === 'written-reply' ? LETTER_RESIGNED : RESIGNED];
    const reaction = reactionById.get(id);
    return reaction ? [reaction.description] : [];
  });
}

/**
 * What the debrief says about one reply: the author's note on it, the points of the rules that fired
 * (merged where they make one point, the gravest few) and how the customer took it. A sentence that
 * quotes words this call never contained is left out, and no sentence is said twice.
 */
export function turnComment(
  turn: TurnRecord,
  transcript: readonly TranscriptEntry[],
  kind: CaseKind = 'call',
  caseLines?: CaseLines,
): Comment {
  const texts = [
    authorNote(turn.feedback, turn.rules),
    ...ruleSentences(turn.rules, kind),
    ...reactionSentences(turn, kind),
  ];
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const sentences = texts
        .flatMap((t) => splitSentences(t[locale], locale))
        .filter((s) => quotesSaidOnPath(s, transcript, locale, caseLines));
      return [locale, sayOnce(sentences, locale)];
    }),
  ) as Comment;
}
