import type { Facts } from './facts';
import type { Scenario, Stage } from './scenario-schema';
import { settledAt, stageOpeningAt, type SettledPromise } from './stages';

/** One promise a newly opened stage checks, as the facts settled it on arrival. */
export type PromiseOnArrival = SettledPromise;

/** A later contact of a staged case, as it opens: where it stands and what it checked. */
export interface StageArrival {
  stage: Stage;
  /** Its place among the case's contacts, from 1. */
  n: number;
  total: number;
  promises: PromiseOnArrival[];
}

/**
 * The stage that opens at `nodeId`, with each promise it checks as the router settled it (the
 * facts carry `<fact>-kept` or `<fact>-broken` from the moment the stage opens). Undefined where
 * no later stage opens, so a one-call case or a node inside a stage has no interlude.
 */
export function stageArrival(
  scenario: Scenario,
  nodeId: string,
  facts: Facts,
): StageArrival | undefined {
  const stage = stageOpeningAt(scenario, nodeId);
  if (!stage) return undefined;
  return {
    stage,
    n: scenario.stages!.indexOf(stage) + 1,
    total: scenario.stages!.length,
    promises: settledAt(stage, facts),
  };
}
