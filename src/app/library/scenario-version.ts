import type { Scenario } from '../../engine/scenario-schema';
import { loadScenario } from '../../scenarios/load-scenario';
import { releasedPacks } from '../../scenarios/released-packs';
import { scenarioHash } from '../calls/scenario-hash';

/**
 * The bundled case `id` exactly as it was when its content hashed to `hash`: today's version, or
 * one kept in src/scenarios/released since a later release changed the case. A call replays
 * against the version it was played on, whatever the library holds now. Undefined when no
 * released version has that hash.
 */
export async function scenarioVersion(id: string, hash: string): Promise<Scenario | undefined> {
  const current = await loadScenario(id);
  if (current && (await scenarioHash(current)) === hash) return current;
  const archived = releasedPacks()[`${id}/${hash}`];
  const scenario = archived && (await archived()).scenarios.find((s) => s.id === id);
  return scenario && (await scenarioHash(scenario)) === hash ? scenario : undefined;
}
