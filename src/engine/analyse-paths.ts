import type { Turn } from './call-progress';
import { answeredCall, nodeOf, reply, type CallSnapshot } from './conversation';
import { linesSaid } from './facts';
import { possibleTargets } from './mood';
import { indexScenario } from './scenario-index';
import type { Scenario } from './scenario-schema';
import { moodBeforeMatter } from './scoring/rules/mood-before-matter';
import { scoreAttempt } from './scoring/score-attempt';
import { countPaths } from './validation/count-paths';
import type { Outcome } from './vocabulary';

/**
 * The most calls a case may allow. Counted as an upper bound before any path is played
 * (validation/count-paths.ts), so a case past it is refused in milliseconds, not enumerated;
 * the largest bundled case bounds at about 16,000.
 */
export const MAX_PATHS = 50_000;

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
  /**
   * Lines that depend on a fact (`when`/`unless`) and that no path says, as `node/index`: every
   * path reaches their node with the facts that silence them.
   */
  unsaidLines: string[];
  best: PathSummary;
  worst: PathSummary;
  recommended: PathSummary;
  /**
   * Best totals of the two classic failures, or null when the case offers no such path: solving
   * before calming (a solution move before any empathy move), and a critical mistake.
   */
  contrasts: { solvesFirst: number | null; critical: number | null };
  /**
   * True when the case allows more than MAX_PATHS calls: no path was played and the figures above
   * are incomplete.
   */
  truncated: boolean;
}

/** One complete call through a scenario. */
export interface PlayedPath {
  choices: readonly string[];
  turns: readonly Turn[];
  total: number;
  outcome: Outcome;
  endingId: string;
  /** What the call had established when it ended. */
  facts: readonly string[];
}

interface Walk {
  visited: Set<string>;
  /** Lines some path says, as `node/index`: a path's state is its node and its facts. */
  said: Set<string>;
  taken: Set<string>;
  deadEnds: Set<string>;
  pathCount: number;
  truncated: boolean;
}

/**
 * Plays every complete sequence of replies through the real grading, calling `onPath` for each.
 * Exact, not sampled: the mood decides branches, so a node counts as reachable only if some actual
 * conversation gets there. Plays nothing when the paths' upper bound exceeds MAX_PATHS.
 */
export function walkPaths(scenario: Scenario, onPath: (path: PlayedPath) => void): Walk {
  const index = indexScenario(scenario);
  const walk: Walk = {
    visited: new Set(),
    said: new Set(),
    taken: new Set(),
    deadEnds: new Set(),
    pathCount: 0,
    truncated: false,
  };
  if (countPaths(scenario, MAX_PATHS).paths > MAX_PATHS) {
    walk.truncated = true;
    return walk;
  }
  const choices: string[] = [];
  const turns: Turn[] = [];
  const onStack = new Set<string>();

  const step = (call: CallSnapshot): void => {
    if (walk.truncated) return;
    const at = nodeOf(call)!;
    const node = index.node(at);
    if (!node || onStack.has(at)) {
      walk.deadEnds.add(at);
      return;
    }
    walk.visited.add(node.id);
    const { facts } = call.context.progress;
    for (const { index } of linesSaid(node, facts)) walk.said.add(`${node.id}/${index}`);
    if (node.kind === 'ending') {
      walk.pathCount += 1;
      if (walk.pathCount > MAX_PATHS) {
        walk.truncated = true;
        return;
      }
      const total = scoreAttempt(
        turns.map((t) => t.grade),
        node.outcome,
      ).total;
      onPath({ choices, turns, total, outcome: node.outcome, endingId: node.id, facts });
      return;
    }
    onStack.add(node.id);
    for (const choice of node.choices) {
      const next = reply(scenario, call, choice.id);
      const turn = next.context.turns.at(-1)!;
      walk.taken.add(`${node.id}:${choice.id}->${turn.next}`);
      choices.push(choice.id);
      turns.push(turn);
      step(next);
      choices.pop();
      turns.pop();
    }
    onStack.delete(node.id);
  };
  step(answeredCall(scenario));
  return walk;
}

/** Endings, reachability, transitions and the best, worst and expert paths of a scenario. */
export function analysePaths(scenario: Scenario): PathAnalysis {
  const endings: Record<string, boolean> = {};
  for (const n of scenario.nodes) if (n.kind === 'ending') endings[n.id] = false;
  let best: PathSummary | null = null;
  let worst: PathSummary | null = null;
  const contrasts: PathAnalysis['contrasts'] = { solvesFirst: null, critical: null };
  const higher = (a: number | null, b: number) => (a === null || b > a ? b : a);
  const walk = walkPaths(scenario, (path) => {
    endings[path.endingId] = true;
    if (!best || path.total > best.total) best = summary(path);
    if (
      !worst ||
      path.total < worst.total ||
      (path.total === worst.total && severer(path.outcome, worst.outcome))
    ) {
      worst = summary(path);
    }
    if (solvesFirst(path)) contrasts.solvesFirst = higher(contrasts.solvesFirst, path.total);
    if (path.turns.some((t) => t.grade.critical.length > 0))
      contrasts.critical = higher(contrasts.critical, path.total);
  });
  const recommended = followRecommended(scenario);
  if (best && recommended.total >= (best as PathSummary).total) best = recommended;

  const declared = [
    ...new Set(
      scenario.nodes.flatMap((n) =>
        n.kind === 'decision'
          ? n.choices.flatMap((c) => possibleTargets(c.next).map((to) => `${n.id}:${c.id}->${to}`))
          : [],
      ),
    ),
  ];
  return {
    id: scenario.id,
    endings,
    unreachable: scenario.nodes.filter((n) => !walk.visited.has(n.id)).map((n) => n.id),
    deadEnds: [...walk.deadEnds],
    pathCount: walk.pathCount,
    transitions: {
      total: declared.length,
      exercised: declared.filter((t) => walk.taken.has(t)).length,
      missed: declared.filter((t) => !walk.taken.has(t)),
    },
    unsaidLines: scenario.nodes.flatMap((n) =>
      n.lines.flatMap((line, index) =>
        (line.when || line.unless) && walk.visited.has(n.id) && !walk.said.has(`${n.id}/${index}`)
          ? [`${n.id}/${index}`]
          : [],
      ),
    ),
    best: best ?? recommended,
    worst: worst ?? recommended,
    recommended,
    contrasts,
    truncated: walk.truncated,
  };
}

/**
 * The call broke mood before matter: the path checks read the same rule the grading applies (an
 * agitated customer offered business before any empathy), so the two can never disagree.
 */
const solvesFirst = (path: PlayedPath): boolean =>
  path.turns.some((t) => t.grade.rules.includes(moodBeforeMatter.id));

/** How bad an ending is for the company; among equally low totals the worst path is the severest. */
export const OUTCOME_SEVERITY: Readonly<Record<Outcome, number>> = {
  'resolved-satisfied': 0,
  'resolved-grudging': 1,
  escalated: 2,
  'customer-hung-up': 3,
  'public-complaint': 4,
};
/** Whether ending `a` is worse for the company than ending `b`. */
export const severer = (a: Outcome, b: Outcome): boolean =>
  OUTCOME_SEVERITY[a] > OUTCOME_SEVERITY[b];

const summary = (path: PlayedPath): PathSummary => ({
  choices: [...path.choices],
  total: path.total,
  outcome: path.outcome,
});

/** The expert's call: the recommended reply at every decision point. */
export function followRecommended(scenario: Scenario): PathSummary {
  const index = indexScenario(scenario);
  let call = answeredCall(scenario);
  for (let guard = 0; guard <= scenario.nodes.length; guard += 1) {
    const node = index.node(nodeOf(call)!);
    if (!node) break;
    const { turns } = call.context;
    if (node.kind === 'ending') {
      return {
        choices: turns.map((t) => t.choice),
        total: scoreAttempt(
          turns.map((t) => t.grade),
          node.outcome,
        ).total,
        outcome: node.outcome,
      };
    }
    call = reply(scenario, call, index.recommended(node).id);
  }
  throw new Error(`the recommended path of "${scenario.id}" never reaches an ending`);
}
