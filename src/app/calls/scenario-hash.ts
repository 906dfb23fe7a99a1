import { contentHash } from '../../engine/content-hash';
import type { Scenario } from '../../engine/scenario-schema';

const hashes = new WeakMap<Scenario, Promise<string>>();

/** The content hash of a case version, computed once per loaded case. */
export function scenarioHash(scenario: Scenario): Promise<string> {
  let hash = hashes.get(scenario);
  if (!hash) {
    hash = contentHash(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}
