import type { Scenario } from '../engine/scenario-schema';
import { inLibraryOrder } from './library-order';
import { casePacks } from './pack-files.mjs';

const packs = await Promise.all(Object.values(casePacks()).map((load) => load()));

/**
 * The cases that ship with the app: every pack file in src/scenarios/cases, in library order, all
 * read at once (the app's screens load one case at a time instead: load-scenario.ts). The app
 * build, the suite (test/scenarios) and `sim validate` hold each pack to the library's gates, so
 * code can trust them without validating at run time.
 */
export const BUNDLED_SCENARIOS: readonly Scenario[] = inLibraryOrder(
  packs.flatMap((pack) => pack.scenarios),
);

export function findBundledScenario(id: string): Scenario | undefined {
  return BUNDLED_SCENARIOS.find((s) => s.id === id);
}

/** A bundled case that must exist (tests and examples name one by id). */
export function bundledScenario(id: string): Scenario {
  const scenario = findBundledScenario(id);
  if (!scenario) throw new Error(`no bundled case "${id}"`);
  return scenario;
}
