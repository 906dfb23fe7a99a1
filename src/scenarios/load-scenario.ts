import type { Scenario } from '../engine/scenario-schema';
import { CASE_LOADERS } from './case-loaders.generated';

const loaded = new Map<string, Promise<Scenario>>();

/** A bundled case's full content, downloaded the first time it is needed. */
export function loadScenario(id: string): Promise<Scenario | undefined> {
  const loader = CASE_LOADERS[id];
  if (!loader) return Promise.resolve(undefined);
  let scenario = loaded.get(id);
  if (!scenario) {
    scenario = loader().then((m) => m.default);
    loaded.set(id, scenario);
  }
  return scenario;
}
