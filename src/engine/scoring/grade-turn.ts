import type { Behaviour } from '../behaviours';
import type { LocalizedText } from '../scenario-schema';
import { DIMENSION_IDS, zeroPoints, type DimensionPoints } from './dimensions';
import type { FiringRule, TurnFacts } from './rule';
import { CREDIT_RULES, FIRING_RULES } from './rules';

/** How one reply was graded. */
export interface TurnGrade {
  /** 0–100: the reply's band by the severity of its faults, its place in the band by its net points against the expert's. */
  grade: number;
  /** Points earned per dimension, after ordering rules and penalties (may be negative). */
  earned: DimensionPoints;
  /** Points the expert's reply earns here: what the turn puts in play on each dimension. */
  expert: DimensionPoints;
  /** Ids of the ordering and penalty rules that fired, in rubric order. */
  rules: string[];
  /** Ids of the credit rules the reply earned. */
  credits: string[];
  /** Ids of the critical rules among those fired. */
  critical: string[];
  feedback: LocalizedText;
}

/** How bad a fault is; 'clean' names the band of a reply without one. */
export type Severity = 'critical' | 'major' | 'omission' | 'minor' | 'clean';

/**
 * The band each severity grades in (scoring model v2). A critical fault fails the reply (F); a
 * harmful major fault or a broken ordering rule keeps it in D–E; a major fault of omission (nothing
 * harmful said, something right left undone) passes at C at most; a minor fault stays below the
 * expert's reply; credit and penalties place the reply within its band.
 */
export const SEVERITY_BANDS: Record<Severity, readonly [number, number]> = {
  critical: [0, 29],
  major: [30, 59],
  omission: [60, 74],
  minor: [45, 89],
  clean: [45, 100],
};

function severityOf(rule: FiringRule): Severity {
  if (rule.kind === 'penalty-critical') return 'critical';
  if (rule.kind === 'penalty-minor') return 'minor';
  return rule.omission ? 'omission' : 'major';
}

/**
 * The band a reply grades in: each fault bounds it, so with several faults the lowest floor and the
 * lowest ceiling among them hold (a second fault never lifts a grade); a reply without a fault
 * grades in the clean band.
 */
export function replyBand(severities: readonly Severity[]): readonly [number, number] {
  if (severities.length === 0) return SEVERITY_BANDS.clean;
  const bands = severities.map((s) => SEVERITY_BANDS[s]);
  return [Math.min(...bands.map(([low]) => low)), Math.min(...bands.map(([, high]) => high))];
}

/**
 * Where in its band a reply's share of the expert's net points puts it. Without a fault, the share
 * counts squared: a reply that does part of what the moment called for and nothing wrong is judged
 * by what it left out (half the expert's points grades 59, D; two thirds 69, C), while any fault
 * already sets the band that judges it.
 */
const placeInBand = (share: number, clean: boolean) => (clean ? share * share : share);

interface Scored {
  earned: DimensionPoints;
  credit: DimensionPoints;
  credits: string[];
  rules: string[];
  critical: string[];
  /** The severity of each fault the reply made; none for a clean reply. */
  severities: Severity[];
  feedback: LocalizedText[];
}

/** A reply's credits and the rules it breaks; an ordering rule counts once a call. */
function score(facts: TurnFacts): Scored {
  const credit = zeroPoints();
  const credits: string[] = [];
  for (const rule of CREDIT_RULES) {
    const earned =
      typeof rule.earns === 'string' ? facts.behaviours.includes(rule.earns) : rule.earns(facts);
    if (!earned) continue;
    credit[rule.dimension] += rule.weight;
    credits.push(rule.id);
  }
  const earned = { ...credit };
  const rules: string[] = [];
  const critical: string[] = [];
  const feedback: LocalizedText[] = [];
  const severities: Severity[] = [];
  for (const rule of FIRING_RULES) {
    if (rule.kind === 'ordering' && facts.orderingBroken.has(rule.id)) continue;
    if (!rule.fires(facts)) continue;
    rules.push(rule.id);
    feedback.push(rule.feedback);
    earned[rule.dimension] -= rule.weight;
    if (rule.kind === 'penalty-critical') critical.push(rule.id);
    severities.push(severityOf(rule));
  }
  return { earned, credit, credits, rules, critical, severities, feedback };
}

const sum = (p: DimensionPoints) => DIMENSION_IDS.reduce((t, d) => t + p[d], 0);

/**
 * Grades a reply given the moment it met, against the expert reply at the same decision point:
 * the reply's net points (credit minus penalties) over the expert reply's net points place it
 * within the band its faults allow. `note` is the author's comment, which opens the feedback.
 */
export function gradeTurn(
  facts: TurnFacts,
  expertBehaviours: readonly Behaviour[],
  note: LocalizedText,
): TurnGrade {
  const reply = score(facts);
  // The recommended reply as it would land at this same moment of this call, its own faults included.
  const expert = score({ ...facts, behaviours: expertBehaviours, timedOut: false });
  const fullMarks = sum(expert.earned);
  const net = sum(reply.earned);
  const share = fullMarks > 0 ? Math.max(0, Math.min(1, net / fullMarks)) : net >= 0 ? 1 : 0;
  const [low, high] = replyBand(reply.severities);
  return {
    grade: Math.round(low + (high - low) * placeInBand(share, reply.severities.length === 0)),
    earned: reply.earned,
    expert: expert.credit,
    rules: reply.rules,
    credits: reply.credits,
    critical: reply.critical,
    feedback: joinSentences([note, ...reply.feedback]),
  };
}

function joinSentences(sentences: LocalizedText[]): LocalizedText {
  return {
    'zh-CN': sentences.map((s) => s['zh-CN']).join(''),
    en: sentences.map((s) => s.en).join(' '),
  };
}
