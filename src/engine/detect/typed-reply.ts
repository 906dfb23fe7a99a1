import type { Behaviour } from '../behaviours';
import type { Locale } from '../vocabulary';
import type { Evidence } from './detect';

/**
 * Who picked the scripted reply a typed turn is routed along: the detector (a clear match), the
 * trainee (an unclear match in practice, their pick among the nearest), or the rule for
 * certification runs (an unclear match takes the lower-scoring of the nearest replies).
 */
export const MATCH_CHOSEN_BY = ['detector', 'trainee', 'lower-scoring'] as const;
export type MatchChosenBy = (typeof MATCH_CHOSEN_BY)[number];

/**
 * A reply the trainee typed (or dictated) instead of choosing one. The turn is graded on
 * `behaviours` — what the detector found in the trainee's own words — and routed along the branch
 * of `matchedChoiceId`, the nearest scripted reply of that decision point. Everything here can be
 * re-derived from `text`, the customer's line and the phrase lists at `listsVersion`.
 */
export interface TypedReply {
  readonly text: string;
  readonly lang: Locale;
  readonly behaviours: Behaviour[];
  readonly evidence: Evidence[];
  readonly listsVersion: string;
  readonly matchedChoiceId: string;
  readonly matchChosenBy: MatchChosenBy;
}

/** How a call's replies are used: chosen from the scripted ones, or said in the trainee's own words. */
export const REPLY_MODES = ['choose', 'type'] as const;
export type ReplyMode = (typeof REPLY_MODES)[number];
