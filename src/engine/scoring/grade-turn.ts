import { isSolutionMove, type Behaviour } from '../behaviours';
import type { LocalizedText } from '../scenario-schema';
import { DIMENSION_IDS, zeroPoints, type DimensionPoints } from './dimensions';
import type { TurnFacts } from './rule';
import { CREDIT_RULES, FIRING_RULES } from './rules';

/** How one reply was graded. */
export interface TurnGrade {
  /** 0–100: the reply measured against the expert's reply at the same moment. */
  grade: number;
  /** Points earned per dimension, after ordering rules and penalties (may be negative). */
  earned: DimensionPoints;
  /** Points the expert's reply would have earned here: the turn's full marks. */
  expert: DimensionPoints;
  /** Ids of the ordering and penalty rules that fired, in rubric order. */
  rules: string[];
  /** Ids of the credit rules the reply earned. */
  credits: string[];
  /** Ids of the critical rules among those fired. */
  critical: string[];
  feedback: LocalizedText;
}

function credit(facts: TurnFacts): { points: DimensionPoints; ids: string[] } {
  const points = zeroPoints();
  const ids: string[] = [];
  for (const rule of CREDIT_RULES) {
    const earned =
      typeof rule.earns === 'string' ? facts.behaviours.includes(rule.earns) : rule.earns(facts);
    if (!earned) continue;
    points[rule.dimension] += rule.weight;
    ids.push(rule.id);
  }
  return { points, ids };
}

const sum = (p: DimensionPoints) => DIMENSION_IDS.reduce((t, d) => t + p[d], 0);

/**
 * Grades a reply given the moment it met, against the expert reply at the same decision point.
 * `note` is the author's comment on the reply, which opens the turn's feedback.
 */
export function gradeTurn(
  facts: TurnFacts,
  expertBehaviours: readonly Behaviour[],
  note: LocalizedText,
): TurnGrade {
  const { points: earned, ids: credits } = credit(facts);
  const rules: string[] = [];
  const critical: string[] = [];
  const sentences: LocalizedText[] = [note];
  const solutionCredit = facts.behaviours.filter(isSolutionMove).length;

  let penalty = 0;
  let solutionFactor = 1;
  for (const rule of FIRING_RULES) {
    if (!rule.fires(facts)) continue;
    rules.push(rule.id);
    sentences.push(rule.feedback);
    if (rule.kind === 'penalty-critical') critical.push(rule.id);
    if (rule.solutionFactor !== undefined) {
      solutionFactor *= rule.solutionFactor;
    } else {
      earned[rule.dimension] -= rule.weight;
      penalty += rule.weight;
    }
  }
  const lost = solutionCredit * (1 - solutionFactor);
  earned.resolve -= lost;
  penalty += lost;

  const expert = credit({ ...facts, behaviours: expertBehaviours, timedOut: false }).points;
  const fullMarks = sum(expert);
  let grade: number;
  if (critical.length > 0) grade = 0;
  else if (fullMarks === 0) grade = penalty > 0 ? 0 : 100;
  else grade = Math.round(100 * Math.max(0, Math.min(1, sum(earned) / fullMarks)));

  return { grade, earned, expert, rules, credits, critical, feedback: joinSentences(sentences) };
}

function joinSentences(sentences: LocalizedText[]): LocalizedText {
  return {
    'zh-CN': sentences.map((s) => s['zh-CN']).join(''),
    en: sentences.map((s) => s.en).join(' '),
  };
}
