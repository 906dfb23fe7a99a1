import type { Behaviour } from '../behaviours';
import type { Locale } from '../vocabulary';

/**
 * Regular-expression sources per language. They are matched on the normalised reply (NFKC, lower
 * case, see normalise.ts), so full-width and half-width punctuation, and capitals, match alike.
 */
export type PatternsByLocale = Readonly<Partial<Record<Locale, readonly string[]>>>;

/** A phrase the course says never to say, and the behaviour it shows. Matched literally. */
export interface AvoidPhrase {
  readonly lang: Locale;
  readonly phrase: string;
  readonly behaviour: Behaviour;
}

/**
 * One behaviour's evidence dropping another's: `scope: 'overlap'` drops the other behaviour's
 * evidence that overlaps this one's (a refused apology is no apology), `'sentence'` drops it
 * anywhere in the same sentence (the premise of a threat is not blame).
 */
export interface Block {
  readonly by: Behaviour;
  readonly drop: Behaviour;
  readonly scope: 'overlap' | 'sentence';
}

/**
 * Everything the detector knows about words, as data a trainer can read and an organisation can
 * extend (extend-lists.ts). The code only says how the lists combine; it names no phrase.
 */
export interface PhraseLists {
  /** Recorded with every typed turn, so a turn can be re-derived at the version it was graded by. */
  readonly version: string;
  /** Plain phrase families: a match is evidence of the behaviour. */
  readonly behaviours: Readonly<Partial<Record<Behaviour, PatternsByLocale>>>;
  /** Behaviours a match of which is cancelled by a negator earlier in its clause (我不是说您错了). */
  readonly negatable: readonly Behaviour[];
  readonly negators: PatternsByLocale;
  /** Words that turn an offer into its refusal earlier in its clause (不可能给您退钱). */
  readonly refusals: PatternsByLocale;
  /** Yes-but: a clause that concedes or validates, then a contrast word later in the sentence. */
  readonly concessions: PatternsByLocale;
  readonly contrasts: PatternsByLocale;
  /** Commit-deadline: a concrete time and an action in one sentence, with no hedge there. */
  readonly times: PatternsByLocale;
  readonly actions: PatternsByLocale;
  readonly hedges: PatternsByLocale;
  /** Words that put the time in the past (修过了, was delivered): a report, not a commitment. */
  readonly past: PatternsByLocale;
  /** Premature-close: a closing move while the customer's last line is not settled. */
  readonly closings: PatternsByLocale;
  readonly settled: PatternsByLocale;
  readonly unsettled: PatternsByLocale;
  /** Filler: empty words, labelled only when the reply shows nothing else. */
  readonly filler: PatternsByLocale;
  readonly avoid: readonly AvoidPhrase[];
  /** A behaviour that always comes with others (a bounded offer is an offer). */
  readonly implies: Readonly<Partial<Record<Behaviour, readonly Behaviour[]>>>;
  readonly blocks: readonly Block[];
}
