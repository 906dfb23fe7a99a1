import type { Scenario } from '../engine/scenario-schema';
import { casePacks } from './pack-files.mjs';

const CASE_PACKS = casePacks();
const loaded = new Map<string, Promise<Scenario | undefined>>();

/** A bundled case's full content, downloaded the first time it is needed. */
export function loadScenario(id: string): Promise<Scenario | undefined> {
  const load = CASE_PACKS[id];
  if (!load) return Promise.resolve(undefined);
  let scenario = loaded.get(id);
  if (!scenario) {
    scenario = load().then((pack) => pack.scenarios.find((s) => s.id === id));
    loaded.set(id, scenario);
  }
  return scenario;
}
