import type { CallSnapshot } from '../../engine/conversation';
import { nearestCandidates, type MatchCandidate } from '../../engine/detect/match-reply';
import type { PhraseLists } from '../../engine/detect/phrase-lists';
import type { TypedReply } from '../../engine/detect/typed-reply';
import type { Scenario } from '../../engine/scenario-schema';
import { readTypedReply, resolveUnclearMatch } from '../../engine/typed-turn';
import type { Locale } from '../../engine/vocabulary';

/**
 * The longest reply a trainee may type or dictate, in characters: twice a scripted English
 * reply's cap. Past that it is a speech, not a turn, and the detector's spans stop meaning much.
 */
export const MAX_TYPED_CHARS = 400;

/** The trainee's words before the matched reply is known. */
export type UnmatchedTypedReply = Omit<TypedReply, 'matchedChoiceId' | 'matchChosenBy'>;

export type PreparedTypedReply =
  /** Routed along the nearest reply: the detector's clear match, or a certification run's rule. */
  | { kind: 'clear'; typed: TypedReply }
  /** Near to more than one reply, in practice: the trainee says which they meant (`meantReply`). */
  | { kind: 'unclear'; typed: UnmatchedTypedReply; candidates: MatchCandidate[] }
  /** Nothing to send, or too much: keys `typedReply.call.<reason>`. */
  | { kind: 'refused'; reason: 'empty' | 'tooLong'; max: number };

const length = (text: string) => [...text].length;

/**
 * Reads a reply the trainee typed at the decision point the call stands on: the detector finds
 * its behaviours (graded later by the call's machine, as a chosen reply's tags would be) and the
 * nearest scripted reply gives its route. Where two replies are about as near, a practice call
 * asks the trainee which they meant; a certification run, which shows no scripted reply, takes
 * the lower-scoring one. The lists are those in use on this machine (see activeLists: the released
 * ones, or with an organisation's additions); the turn records their version. Nothing is recorded
 * here: `recordReply` commits the turn.
 */
export function prepareTypedReply(
  scenario: Scenario,
  call: CallSnapshot,
  text: string,
  lang: Locale,
  options: { certification: boolean; lists?: PhraseLists },
): PreparedTypedReply {
  const words = text.trim();
  if (words === '') return { kind: 'refused', reason: 'empty', max: MAX_TYPED_CHARS };
  if (length(words) > MAX_TYPED_CHARS) {
    return { kind: 'refused', reason: 'tooLong', max: MAX_TYPED_CHARS };
  }
  const { detection, match } = readTypedReply(scenario, call, words, lang, options.lists);
  const typed: UnmatchedTypedReply = {
    text: words,
    lang,
    behaviours: detection.behaviours,
    evidence: detection.evidence,
    listsVersion: detection.listsVersion,
  };
  if (match.clear) {
    return {
      kind: 'clear',
      typed: { ...typed, matchedChoiceId: match.best, matchChosenBy: 'detector' },
    };
  }
  if (options.certification) {
    const choiceId = resolveUnclearMatch(scenario, call, match);
    return {
      kind: 'clear',
      typed: { ...typed, matchedChoiceId: choiceId, matchChosenBy: 'lower-scoring' },
    };
  }
  return { kind: 'unclear', typed, candidates: nearestCandidates(match) };
}

/** The trainee's pick among an unclear match's nearest replies; refuses any other reply. */
export function meantReply(
  prepared: Extract<PreparedTypedReply, { kind: 'unclear' }>,
  choiceId: string,
): TypedReply {
  if (!prepared.candidates.some((c) => c.choiceId === choiceId)) {
    throw new Error(`"${choiceId}" is not one of the replies nearest to the typed words`);
  }
  return { ...prepared.typed, matchedChoiceId: choiceId, matchChosenBy: 'trainee' };
}
