import type { Turn } from './call-progress';
import { answeredCall, nodeOf, reply, type CallSnapshot } from './conversation';
import { linesSaid } from './facts';
import { isAgitated, possibleTargets } from './mood';
import { indexScenario } from './scenario-index';
import type { Scenario } from './scenario-schema';
import { moodBeforeMatter } from './scoring/rules/mood-before-matter';
import { scoreAttempt } from './scoring/score-attempt';
import { stageIndexOf, stageOpeningAt } from './stages';
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

/** A call played up to the opening of a later stage, with the replies that brought it there. */
interface Prefix {
  call: CallSnapshot;
  choices: string[];
  turns: Turn[];
}

/**
 * Plays every complete sequence of replies through the real grading, calling `onPath` for each.
 * Exact, not sampled: the mood decides branches, so a node counts as reachable only if some actual
 * conversation gets there. Plays nothing when the paths' upper bound exceeds MAX_PATHS.
 *
 * A case that spans several contacts is walked stage by stage, never by enumerating whole-case
 * paths: each stage is played from every distinct state the calls carry into it (where they stand,
 * their facts, their mood band), each state by a few representative calls (the highest and lowest
 * so far, with and without a critical mistake or mood before matter broken, and the expert's), so
 * the whole-case figures below are those of real calls.
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
  const stageCount = scenario.stages?.length ?? 1;
  const carried: CarriedStates[] = Array.from({ length: stageCount }, () => new Map());

  const playStage = (from: Prefix, stage: number): void => {
    const choices = [...from.choices];
    const turns = [...from.turns];
    const onStack = new Set<string>();
    const step = (call: CallSnapshot): void => {
      if (walk.truncated) return;
      const at = nodeOf(call)!;
      const node = index.node(at);
      if (!node || onStack.has(at)) {
        walk.deadEnds.add(at);
        return;
      }
      const opens = stageIndexOf(scenario, at);
      if (opens > stage && stageOpeningAt(scenario, at)) {
        carry(carried[opens]!, { call, choices: [...choices], turns: [...turns] }, scenario);
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
    step(from.call);
  };

  playStage({ call: answeredCall(scenario), choices: [], turns: [] }, 0);
  for (let stage = 1; stage < stageCount; stage += 1)
    for (const representatives of carried[stage]!.values())
      for (const prefix of representatives.values()) playStage(prefix, stage);
  return walk;
}

/** The calls carried into a stage: by distinct state, a few representative calls each. */
type CarriedStates = Map<string, Map<string, Prefix>>;

/** Anger and trust in bands of this width make a call's mood band. */
const MOOD_BAND = 20;

/** Keeps a call arriving at a stage if it represents its carried state better than those kept. */
function carry(states: CarriedStates, prefix: Prefix, scenario: Scenario): void {
  const { progress } = prefix.call.context;
  const key = [
    progress.nodeId,
    [...progress.facts].sort().join(','),
    Math.floor(progress.mood.anger / MOOD_BAND),
    Math.floor(progress.mood.trust / MOOD_BAND),
    isAgitated(progress.mood, scenario.persona),
  ].join('|');
  const kept = states.get(key) ?? new Map<string, Prefix>();
  states.set(key, kept);
  const score = prefixScore(prefix);
  const critical = prefix.turns.some((t) => t.grade.critical.length > 0);
  const solves = prefix.turns.some((t) => t.grade.rules.includes(moodBeforeMatter.id));
  const kind = `${critical}|${solves}`;
  const keep = (slot: string, better: (held: Prefix) => boolean) => {
    const held = kept.get(slot);
    if (!held || better(held)) kept.set(slot, prefix);
  };
  keep(`${kind}|high`, (held) => score > prefixScore(held));
  keep(`${kind}|low`, (held) => score < prefixScore(held));
  const index = indexScenario(scenario);
  if (
    prefix.turns.every((t) => {
      const node = index.node(t.node);
      return node?.kind === 'decision' && index.recommended(node).id === t.choice;
    })
  )
    kept.set('expert', prefix);
}

const prefixScore = (prefix: Prefix): number =>
  scoreAttempt(
    prefix.turns.map((t) => t.grade),
    null,
  ).total;

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
