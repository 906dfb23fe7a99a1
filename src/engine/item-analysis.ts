import { followRecommended } from './analyse-paths';
import { TIMEOUT } from './call-progress';
import { indexScenario } from './scenario-index';
import type { DecisionNode, Scenario } from './scenario-schema';
import { stageIndexOf } from './stages';

/**
 * Which calls the analysis counts. Both leave out unfinished and practice calls (a retry from a
 * turn is not the trainee's own whole call). `latest` takes each trainee's most recent call, so
 * the split describes where the group stands now and one trainee replaying ten times cannot
 * outvote the others; `all` takes every finished call.
 */
export type AnalysisBasis = 'latest' | 'all';

/** What the analysis reads of a call: who played which version, and the reply at each node. */
export interface AnalysedCall {
  id: string;
  profileId: string;
  scenarioId: string;
  contentHash: string;
  status: 'active' | 'finished' | 'abandoned';
  practice: boolean;
  finishedAt: number | null;
  turns: ReadonlyArray<{ turn: number; node: string; choice: string }>;
}

export interface ReplyShare {
  /** A reply id, or TIMEOUT when the reply timer ran out. */
  choiceId: string;
  count: number;
  /** count / answers at the node, 0–1. */
  share: number;
  recommended: boolean;
}

export interface DecisionPointSplit {
  nodeId: string;
  /** In a case spanning several contacts, the stage (from 0) the point belongs to; else null. */
  stage: number | null;
  /** Whether the expert's own call passes through this decision point. */
  onExpertPath: boolean;
  /** The recommended reply: the expert's reply here, as the case's author marked it. */
  recommendedChoice: string;
  /** How many replies were given here (a timeout keeps the call on the node, so it can repeat). */
  answers: number;
  /** How many counted calls reached this point. */
  calls: number;
  /** The turn at which calls most often reached this point, to order points as a call unfolds. */
  typicalTurn: number;
  /** Every reply of the node, in the case's order, and a timeout row when one happened. */
  replies: ReplyShare[];
  /** Share of answers that were not the recommended reply, 0–1. */
  missRate: number;
  /** More than half of the answers here missed the recommended reply. */
  missedByMost: boolean;
}

export interface ItemAnalysis {
  scenarioId: string;
  basis: AnalysisBasis;
  /** The calls counted, and how many trainees they came from. */
  counted: number;
  trainees: number;
  /** Finished, non-practice calls left out because they were played on another version of the case. */
  otherVersions: number;
  /** Decision points at least one counted call reached, in the order a call meets them. */
  points: DecisionPointSplit[];
  /** The point with the highest miss rate (the earliest on a tie), or null when nobody missed. */
  mostMissed: string | null;
}

/** The calls of the case the analysis counts, given the basis. */
export function countedCalls<C extends AnalysedCall>(
  scenarioId: string,
  contentHash: string,
  calls: readonly C[],
  basis: AnalysisBasis,
): { counted: C[]; otherVersions: number } {
  const finished = calls.filter(
    (c) => c.scenarioId === scenarioId && c.status === 'finished' && !c.practice,
  );
  const sameVersion = finished.filter((c) => c.contentHash === contentHash);
  if (basis === 'all') {
    return { counted: sameVersion, otherVersions: finished.length - sameVersion.length };
  }
  const latest = new Map<string, C>();
  for (const call of sameVersion) {
    const kept = latest.get(call.profileId);
    if (!kept || (call.finishedAt ?? 0) > (kept.finishedAt ?? 0)) latest.set(call.profileId, call);
  }
  return { counted: [...latest.values()], otherVersions: finished.length - sameVersion.length };
}

/**
 * For each decision point of a case, how the group's replies split against the recommended one,
 * so a trainer sees which turn the group misses. Only calls played on exactly this content count
 * (`contentHash`): a reply id means something only in the version it was given in.
 */
export function analyseItems(
  scenario: Scenario,
  contentHash: string,
  calls: readonly AnalysedCall[],
  basis: AnalysisBasis = 'latest',
): ItemAnalysis {
  const index = indexScenario(scenario);
  const { counted, otherVersions } = countedCalls(scenario.id, contentHash, calls, basis);
  const expertNodes = expertPathNodes(scenario);
  const tallies = new Map<
    string,
    { counts: Map<string, number>; calls: Set<string>; turns: number[] }
  >();
  for (const call of counted) {
    for (const turn of call.turns) {
      const node = index.node(turn.node);
      if (node?.kind !== 'decision') continue;
      let tally = tallies.get(node.id);
      if (!tally) {
        tally = { counts: new Map(), calls: new Set(), turns: [] };
        tallies.set(node.id, tally);
      }
      tally.counts.set(turn.choice, (tally.counts.get(turn.choice) ?? 0) + 1);
      if (!tally.calls.has(call.id)) tally.turns.push(turn.turn);
      tally.calls.add(call.id);
    }
  }

  const order = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  // A staged case is read contact by contact: a later stage's points never come before an earlier
  // stage's, however short the path that reached them.
  const stage = (nodeId: string) => (scenario.stages ? stageIndexOf(scenario, nodeId) : null);
  const points = scenario.nodes
    .filter((n): n is DecisionNode => n.kind === 'decision' && tallies.has(n.id))
    .map((node) => ({
      ...split(node, tallies.get(node.id)!, index.recommended(node).id, expertNodes),
      stage: stage(node.id),
    }))
    .sort(
      (a, b) =>
        (a.stage ?? 0) - (b.stage ?? 0) ||
        a.typicalTurn - b.typicalTurn ||
        order.get(a.nodeId)! - order.get(b.nodeId)!,
    );

  let mostMissed: DecisionPointSplit | null = null;
  for (const point of points) {
    if (point.missRate > 0 && (!mostMissed || point.missRate > mostMissed.missRate)) {
      mostMissed = point;
    }
  }
  return {
    scenarioId: scenario.id,
    basis,
    counted: counted.length,
    trainees: new Set(counted.map((c) => c.profileId)).size,
    otherVersions,
    points,
    mostMissed: mostMissed?.nodeId ?? null,
  };
}

function split(
  node: DecisionNode,
  tally: { counts: Map<string, number>; calls: Set<string>; turns: number[] },
  recommendedChoice: string,
  expertNodes: ReadonlySet<string>,
): Omit<DecisionPointSplit, 'stage'> {
  const answers = [...tally.counts.values()].reduce((sum, n) => sum + n, 0);
  const ids = node.choices.map((c) => c.id);
  if (tally.counts.has(TIMEOUT)) ids.push(TIMEOUT);
  const replies = ids.map((choiceId) => {
    const count = tally.counts.get(choiceId) ?? 0;
    return {
      choiceId,
      count,
      share: count / answers,
      recommended: choiceId === recommendedChoice,
    };
  });
  const missRate = 1 - (tally.counts.get(recommendedChoice) ?? 0) / answers;
  return {
    nodeId: node.id,
    onExpertPath: expertNodes.has(node.id),
    recommendedChoice,
    answers,
    calls: tally.calls.size,
    typicalTurn: mostFrequent(tally.turns),
    replies,
    missRate,
    missedByMost: missRate > 0.5,
  };
}

/** The most frequent value; the smallest of those tied. */
function mostFrequent(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [value, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && value < best)) best = value;
  }
  return best;
}

function expertPathNodes(scenario: Scenario): Set<string> {
  const index = indexScenario(scenario);
  return new Set(followRecommended(scenario).choices.map((id) => index.choice(id)!.node.id));
}
