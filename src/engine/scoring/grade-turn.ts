import { isSolutionMove, type Behaviour } from '../behaviours';
import type { Choice, LocalizedText } from '../scenario-schema';
import { CREDIT_DIMENSION, DIMENSION_IDS, zeroPoints, type DimensionPoints } from './dimensions';
import type { TurnFacts } from './rule';
import { ORDERING_RULES, PENALTY_RULES } from './rules';

/** How one reply was graded. */
export interface TurnGrade {
  /** 0–100: the reply measured against the expert's reply at the same moment. */
  grade: number;
  /** Points earned per dimension, after ordering rules and penalties (may be negative). */
  earned: DimensionPoints;
  /** Points the expert's reply would have earned here: the turn's full marks. */
  expert: DimensionPoints;
  /** Ids of the rules that fired, in rubric order. */
  rules: string[];
  /** Ids of the critical rules among them. */
  critical: string[];
  feedback: LocalizedText;
}

function rawCredit(behaviours: readonly Behaviour[]): DimensionPoints {
  const points = zeroPoints();
  for (const b of behaviours) {
    const dimension = CREDIT_DIMENSION[b];
    if (dimension) points[dimension] += 1;
  }
  return points;
}

const sum = (p: DimensionPoints) => DIMENSION_IDS.reduce((t, d) => t + p[d], 0);

/** Grades a reply given what came before it and the expert reply at the same decision point. */
export function gradeTurn(facts: TurnFacts, expertChoice: Choice): TurnGrade {
  const behaviours = facts.choice.behaviours;
  const earned = rawCredit(behaviours);
  const rules: string[] = [];
  const critical: string[] = [];
  const sentences: LocalizedText[] = [facts.choice.note];

  const solutionCredit = behaviours.filter(isSolutionMove).length;
  let factor = 1;
  for (const rule of ORDERING_RULES) {
    if (!rule.fires(facts)) continue;
    factor *= rule.solutionFactor;
    rules.push(rule.id);
    sentences.push(rule.feedback);
  }
  earned.resolve -= solutionCredit * (1 - factor);

  let penalty = 0;
  for (const rule of PENALTY_RULES) {
    if (!behaviours.includes(rule.behaviour)) continue;
    earned[rule.dimension] -= rule.points;
    penalty += rule.points;
    rules.push(rule.id);
    if (rule.kind === 'penalty-critical') critical.push(rule.id);
    sentences.push(rule.feedback);
  }

  const expert = rawCredit(expertChoice.behaviours);
  const fullMarks = sum(expert);
  let grade: number;
  if (critical.length > 0) grade = 0;
  else if (fullMarks === 0) grade = penalty > 0 ? 0 : 100;
  else grade = Math.round(100 * Math.max(0, Math.min(1, sum(earned) / fullMarks)));

  return { grade, earned, expert, rules, critical, feedback: joinSentences(sentences) };
}

function joinSentences(sentences: LocalizedText[]): LocalizedText {
  return {
    'zh-CN': sentences.map((s) => s['zh-CN']).join(''),
    en: sentences.map((s) => s.en).join(' '),
  };
}
