import { startCall, takeTurn, type CallProgress } from './call-progress';
import { indexScenario } from './scenario-index';
import type { Scenario } from './scenario-schema';
import type { TurnGrade } from './scoring/grade-turn';
import { scoreAttempt } from './scoring/score-attempt';
import type { Outcome } from './vocabulary';

export const MAX_PATHS = 1_000_000;

export interface PathSummary {
  choices: string[];
  total: number;
  outcome: Outcome;
}

export interface PathAnalysis {
  id: string;
  /** Every ending, and whether some sequence of replies reaches it. */
  endings: Record<string, boolean>;
  /** Nodes no sequence of replies reaches, given how the mood really moves. */
  unreachable: string[];
  /** Nodes from which a call could not reach an ending. */
  deadEnds: string[];
  pathCount: number;
  /** Reply → target pairs that some path takes, out of all the scenario declares. */
  transitions: { total: number; exercised: number; missed: string[] };
  best: PathSummary;
  worst: PathSummary;
  recommended: PathSummary;
  /** True when enumeration stopped at MAX_PATHS: the figures above are then incomplete. */
  truncated: boolean;
}

/**
 * Plays every complete sequence of replies through the real grading. Exact, not sampled: the mood
 * decides branches, so a node is only reachable if some actual conversation gets there.
 */
export function analysePaths(scenario: Scenario): PathAnalysis {
  const index = indexScenario(scenario);
  const visited = new Set<string>();
  const taken = new Set<string>();
  const deadEnds = new Set<string>();
  const endings: Record<string, boolean> = {};
  for (const n of scenario.nodes) if (n.kind === 'ending') endings[n.id] = false;

  let pathCount = 0;
  let truncated = false;
  let best: PathSummary | null = null;
  let worst: PathSummary | null = null;
  const choices: string[] = [];
  const grades: TurnGrade[] = [];
  const onPath = new Set<string>();

  const walk = (progress: CallProgress): void => {
    if (truncated) return;
    const node = index.node(progress.nodeId);
    if (!node || onPath.has(progress.nodeId)) {
      deadEnds.add(progress.nodeId);
      return;
    }
    visited.add(node.id);
    if (node.kind === 'ending') {
      endings[node.id] = true;
      pathCount += 1;
      if (pathCount > MAX_PATHS) {
        truncated = true;
        return;
      }
      const total = scoreAttempt(grades, node.outcome).total;
      if (!best || total > best.total)
        best = { choices: [...choices], total, outcome: node.outcome };
      if (!worst || total < worst.total)
        worst = { choices: [...choices], total, outcome: node.outcome };
      return;
    }
    onPath.add(node.id);
    for (const choice of node.choices) {
      const step = takeTurn(scenario, progress, choice.id);
      taken.add(`${node.id}:${choice.id}->${step.turn.next}`);
      choices.push(choice.id);
      grades.push(step.turn.grade);
      walk(step.progress);
      choices.pop();
      grades.pop();
    }
    onPath.delete(node.id);
  };
  walk(startCall(scenario));

  const recommended = followRecommended(scenario);
  if (best && recommended.total >= (best as PathSummary).total) best = recommended;

  const declared = scenario.nodes.flatMap((n) =>
    n.kind === 'decision'
      ? n.choices.flatMap((c) =>
          (typeof c.next === 'string'
            ? [c.next]
            : [...c.next.branches.map((b) => b.to), c.next.otherwise]
          ).map((to) => `${n.id}:${c.id}->${to}`),
        )
      : [],
  );
  const uniqueDeclared = [...new Set(declared)];
  const fallback = recommended;
  return {
    id: scenario.id,
    endings,
    unreachable: scenario.nodes.filter((n) => !visited.has(n.id)).map((n) => n.id),
    deadEnds: [...deadEnds],
    pathCount,
    transitions: {
      total: uniqueDeclared.length,
      exercised: uniqueDeclared.filter((t) => taken.has(t)).length,
      missed: uniqueDeclared.filter((t) => !taken.has(t)),
    },
    best: best ?? fallback,
    worst: worst ?? fallback,
    recommended,
    truncated,
  };
}

/** The expert's call: the recommended reply at every decision point. */
export function followRecommended(scenario: Scenario): PathSummary {
  const index = indexScenario(scenario);
  let progress = startCall(scenario);
  const choices: string[] = [];
  const grades: TurnGrade[] = [];
  for (let guard = 0; guard <= scenario.nodes.length; guard += 1) {
    const node = index.node(progress.nodeId);
    if (!node) break;
    if (node.kind === 'ending') {
      return { choices, total: scoreAttempt(grades, node.outcome).total, outcome: node.outcome };
    }
    const step = takeTurn(scenario, progress, index.recommended(node).id);
    choices.push(step.turn.choice);
    grades.push(step.turn.grade);
    progress = step.progress;
  }
  throw new Error(`the recommended path of "${scenario.id}" never reaches an ending`);
}
