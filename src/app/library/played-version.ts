import type { Scenario } from '../../engine/scenario-schema';
import { scenarioHash } from '../calls/scenario-hash';
import { getCustomScenario } from '../packs/library';
import { scenarioVersion } from './scenario-version';

/**
 * The case exactly as a call was played on it, whichever version the library holds now: a
 * bundled case's current or released version with that content hash, or the imported case when
 * its content still hashes the same. Undefined when that version is nowhere on this computer.
 */
export async function playedVersion(id: string, hash: string): Promise<Scenario | undefined> {
  const released = await scenarioVersion(id, hash);
  if (released) return released;
  const imported = await getCustomScenario(id);
  return imported && (await scenarioHash(imported)) === hash ? imported : undefined;
}
