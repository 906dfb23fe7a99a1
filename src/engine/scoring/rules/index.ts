import type { FiringRule, Rule } from '../rule';
import { acknowledgeBeforeQuestions } from './acknowledge-before-questions';
import { apologyTiming } from './apology-timing';
import { bankSevenSteps } from './bank-seven-steps';
import { closingOnResignation, prematureClose } from './closing';
import { CREDIT_RULES } from './credits';
import { dueDateBeforeRootCause } from './due-date-before-root-cause';
import { hearBeforeSolve } from './hear-before-solve';
import { MISTAKE_RULES } from './mistakes';
import { moodBeforeMatter } from './mood-before-matter';
import { questionPhase } from './question-phase';
import { respondBeforeInvestigationEnds } from './respond-before-investigation-ends';
import {
  brokenCallback,
  deadAir,
  ignoredKeyCue,
  noSelfIdentification,
  surfaceFix,
} from './situational-penalties';

export const ORDERING_RULES: readonly FiringRule[] = [
  moodBeforeMatter,
  hearBeforeSolve,
  bankSevenSteps,
  acknowledgeBeforeQuestions,
  dueDateBeforeRootCause,
  respondBeforeInvestigationEnds,
  apologyTiming,
  questionPhase,
];

export const PENALTY_RULES: readonly FiringRule[] = [
  ...MISTAKE_RULES,
  prematureClose,
  closingOnResignation,
  ignoredKeyCue,
  surfaceFix,
  brokenCallback,
  deadAir,
  noSelfIdentification,
];

/** Every rule that can fire on a turn, in rubric order. */
export const FIRING_RULES: readonly FiringRule[] = [...ORDERING_RULES, ...PENALTY_RULES];
export const ALL_RULES: readonly Rule[] = [...CREDIT_RULES, ...FIRING_RULES];
export { CREDIT_RULES };

const byId = new Map<string, Rule>(ALL_RULES.map((r) => [r.id, r]));
export const ruleById = (id: string): Rule | undefined => byId.get(id);
