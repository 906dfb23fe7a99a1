import type { Behaviour } from '../behaviours';
import type { Choice, LocalizedText, Mood } from '../scenario-schema';
import type { DimensionId } from './dimensions';

/** What a rule may know about a turn: the reply, the mood it met, and what came before. */
export interface TurnFacts {
  choice: Choice;
  moodBefore: Mood;
  agitated: boolean;
  earlierEmpathy: boolean;
  earlierListening: boolean;
}

interface RuleBase {
  id: string;
  dimension: DimensionId;
  /** The principle, as the handbook states it. */
  description: LocalizedText;
  /** The sentence added to a turn's feedback when the rule fires. */
  feedback: LocalizedText;
}

/** A sequence rule: the move was right but came too early, so its credit shrinks. */
export interface OrderingRule extends RuleBase {
  kind: 'ordering';
  fires(facts: TurnFacts): boolean;
  /** Multiplies the credit of the reply's solution moves. */
  solutionFactor: number;
}

/** A mistake the course names; its points are deducted on the rule's dimension. */
export interface PenaltyRule extends RuleBase {
  kind: 'penalty-critical' | 'penalty-major';
  behaviour: Behaviour;
  points: number;
}

export type Rule = OrderingRule | PenaltyRule;
