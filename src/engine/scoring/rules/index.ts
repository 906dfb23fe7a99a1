import type { OrderingRule, PenaltyRule, Rule } from '../rule';
import { hearBeforeSolve } from './hear-before-solve';
import { MISTAKE_RULES } from './mistakes';
import { moodBeforeMatter } from './mood-before-matter';

export const ORDERING_RULES: readonly OrderingRule[] = [moodBeforeMatter, hearBeforeSolve];
export const PENALTY_RULES: readonly PenaltyRule[] = MISTAKE_RULES;
export const ALL_RULES: readonly Rule[] = [...ORDERING_RULES, ...PENALTY_RULES];

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));
export const ruleById = (id: string): Rule | undefined => byId.get(id);
