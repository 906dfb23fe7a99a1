import type { Turn } from './call-progress';
import type { Facts } from './facts';
import { possibleTargets } from './mood';
import type { Scenario, Stage, StagePromise } from './scenario-schema';
import type { Channel } from './vocabulary';

/**
 * A case that spans several contacts (first call, callback, a visit, a public post) is still one
 * graph and one call machine: its stages only say which node opens which contact, so facts, mood
 * and grading carry across them exactly as across turns, and one attempt counts once. This module
 * reads the stages; the router (compile-scenario.ts) settles promises when a stage opens.
 */

const membership = new WeakMap<Scenario, Map<string, number>>();

/**
 * Each node's stage: the first stage (in order) whose start reaches it without passing the start
 * of another stage. A case without stages is one stage.
 */
export function stageIndexOf(scenario: Scenario, nodeId: string): number {
  let map = membership.get(scenario);
  if (!map) {
    map = assignStages(scenario);
    membership.set(scenario, map);
  }
  return map.get(nodeId) ?? 0;
}

function assignStages(scenario: Scenario): Map<string, number> {
  const map = new Map<string, number>();
  const stages = scenario.stages ?? [];
  const starts = new Set(stages.map((s) => s.startNode));
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  stages.forEach((stage, k) => {
    const queue = [stage.startNode];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (map.has(id)) continue;
      map.set(id, k);
      const node = byId.get(id);
      if (node?.kind !== 'decision') continue;
      for (const choice of node.choices)
        for (const to of possibleTargets(choice.next))
          if (!starts.has(to) && !map.has(to)) queue.push(to);
    }
  });
  return map;
}

/** The stage a node belongs to, or undefined in a case without stages. */
export const stageOf = (scenario: Scenario, nodeId: string): Stage | undefined =>
  scenario.stages?.[stageIndexOf(scenario, nodeId)];

/** The stage that opens at this node (never the first: the call itself opens that one). */
export function stageOpeningAt(scenario: Scenario, nodeId: string): Stage | undefined {
  const k = scenario.stages?.findIndex((s) => s.startNode === nodeId) ?? -1;
  return k > 0 ? scenario.stages![k] : undefined;
}

/** The channel a node is played on: its stage's, or the case's. */
export const channelAt = (scenario: Scenario, nodeId: string): Channel =>
  stageOf(scenario, nodeId)?.channel ?? scenario.channel;

/** The fact the engine establishes when a promise turns out kept or broken. */
export const keptFact = (promise: Pick<StagePromise, 'fact'>) => `${promise.fact}-kept`;
export const brokenFact = (promise: Pick<StagePromise, 'fact'>) => `${promise.fact}-broken`;

/** Whether a promise that was made is kept, given what the call had established by then. */
const isKept = (promise: StagePromise, facts: Facts): boolean =>
  !promise.keptWhen || facts.includes(promise.keptWhen);

/**
 * The facts as a stage opens: every promise it checks that was made is settled, kept or broken,
 * so the customer who picks up again remembers it.
 */
export function settlePromises(stage: Stage, facts: Facts): string[] {
  const settled = (stage.checks ?? []).flatMap((p) =>
    facts.includes(p.fact) ? [isKept(p, facts) ? keptFact(p) : brokenFact(p)] : [],
  );
  return [...facts, ...settled.filter((f) => !facts.includes(f))];
}

/** A promise a stage checks, as the facts stood once the stage opened. */
export interface SettledPromise {
  promise: StagePromise;
  status: 'kept' | 'broken' | 'not-made';
}

/** What became of each promise `stage` checks, read from the facts held once it opened. */
export const settledAt = (stage: Stage, facts: readonly string[]): SettledPromise[] =>
  (stage.checks ?? []).map((promise) => ({
    promise,
    status: facts.includes(keptFact(promise))
      ? 'kept'
      : facts.includes(brokenFact(promise))
        ? 'broken'
        : 'not-made',
  }));

/** The rounded mean of a stage's reply grades, or null for a stage the call never reached. */
export const meanStageGrade = (turns: readonly Turn[]): number | null =>
  turns.length === 0
    ? null
    : Math.round(turns.reduce((sum, t) => sum + t.grade.grade, 0) / turns.length);

/** What became of one promise a case can check. */
export interface PromiseOutcome {
  promise: StagePromise;
  /** The stage that checks it. */
  stage: Stage;
  /** Made, and by then kept or broken; not made; or the call ended before the stage opened. */
  status: 'kept' | 'broken' | 'not-made' | 'not-checked';
}

/** One stage of a played call: its turns, and the promises it checked. */
export interface StagePlayed {
  stage: Stage;
  /** The turns played in this stage, in order; empty when the call never reached it. */
  turns: Turn[];
  reached: boolean;
}

/** The turns of a call, stage by stage (a case without stages gives none). */
export function stagesPlayed(scenario: Scenario, turns: readonly Turn[]): StagePlayed[] {
  const stages = scenario.stages ?? [];
  return stages.map((stage, k) => {
    const own = turns.filter((t) => stageIndexOf(scenario, t.node) === k);
    const reached =
      k === 0 ||
      own.length > 0 ||
      turns.some((t) => t.next === stage.startNode) ||
      turns.some((t) => stageIndexOf(scenario, t.node) > k);
    return { stage, turns: own, reached };
  });
}

/** Every promise the case checks, with what became of it on this call. */
export function promiseOutcomes(scenario: Scenario, turns: readonly Turn[]): PromiseOutcome[] {
  const facts = turns.at(-1)?.facts ?? [];
  return stagesPlayed(scenario, turns).flatMap(({ stage, reached }) =>
    (stage.checks ?? []).map((promise) => ({
      promise,
      stage,
      status: !reached
        ? 'not-checked'
        : facts.includes(keptFact(promise))
          ? 'kept'
          : facts.includes(brokenFact(promise))
            ? 'broken'
            : 'not-made',
    })),
  );
}

/**
 * How much each stage weighs in the call's score: its share of the decisions played, since the
 * one score is computed over every turn of every stage alike.
 */
export const stageWeights = (played: readonly StagePlayed[]): number[] => {
  const all = played.reduce((n, s) => n + s.turns.length, 0);
  return played.map((s) => (all === 0 ? 0 : s.turns.length / all));
};
