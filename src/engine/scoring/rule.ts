import type { Behaviour } from '../behaviours';
import type { LocalizedText, Mood } from '../scenario-schema';
import type { Channel } from '../vocabulary';
import type { DimensionId } from './dimensions';

/** What a rule may know about a turn: the reply, the moment it met, and what came before. */
export interface TurnFacts {
  channel: Channel;
  /** The setting calls for the bank counter's 7 steps. */
  bankSevenSteps: boolean;
  /** The company is at least partly at fault, so an apology is owed. */
  companyAtFault: boolean;
  /** 1-based position of the reply in the call. */
  turn: number;
  /**
   * The reply opens a contact: the call's first, or the first of a later stage (a callback, a
   * visit, a reply to a post), where the customer again needs to hear who is speaking.
   */
  opensContact: boolean;
  /** The reply's behaviours; empty when the trainee let the timer run out. */
  behaviours: readonly Behaviour[];
  timedOut: boolean;
  moodBefore: Mood;
  agitated: boolean;
  /** Every behaviour shown in earlier turns. */
  earlier: ReadonlySet<Behaviour>;
  /** The customer's last words carried the key cue to their real expectation. */
  keyCueHere: boolean;
  /** A callback was promised and not yet made. */
  callbackOwed: boolean;
  /** The reply ends the call. */
  endsCall: boolean;
  /** Ordering rules already broken earlier in this call: each costs its dimension once a call. */
  orderingBroken: ReadonlySet<string>;
  /** A key cue was let pass and the real expectation has not been probed since. */
  keyCueOutstanding: boolean;
  /**
   * The customer's last words were marked as avoidance ("…no, that's all", "what else can I do?"):
   * said by a customer who has given up, not one who is satisfied.
   */
  resignedHere: boolean;
}

export type RuleKind =
  'credit' | 'ordering' | 'penalty-critical' | 'penalty-major' | 'penalty-minor';

interface RuleBase {
  id: string;
  kind: RuleKind;
  dimension: DimensionId;
  /** Points the rule adds (credit) or takes away (ordering and penalties). */
  weight: number;
  /** The principle, as the handbook states it. */
  description: LocalizedText;
  /** Which handbook entry explains it. */
  handbook: string;
}

/** Earns points for a behaviour, or for a move made at the right moment. */
export interface CreditRule extends RuleBase {
  kind: 'credit';
  /** The behaviour credited, or a condition on the turn. */
  earns: Behaviour | ((facts: TurnFacts) => boolean);
}

/** Fires on a turn; its feedback sentence joins the turn's comment. */
export interface FiringRule extends RuleBase {
  kind: Exclude<RuleKind, 'credit'>;
  fires(facts: TurnFacts): boolean;
  feedback: LocalizedText;
  /**
   * A major fault of omission (something right left undone: no satisfaction check, a key cue let
   * pass) rather than a harmful move: it grades in the omission band, above a harmful one.
   */
  omission?: true;
}

export type Rule = CreditRule | FiringRule;

export const has = (facts: TurnFacts, ...behaviours: Behaviour[]) =>
  behaviours.some((b) => facts.behaviours.includes(b));
export const hadEarlier = (facts: TurnFacts, group: readonly Behaviour[]) =>
  group.some((b) => facts.earlier.has(b));
export const hasAny = (facts: TurnFacts, group: readonly Behaviour[]) =>
  group.some((b) => facts.behaviours.includes(b));
