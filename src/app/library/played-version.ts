import type { Scenario } from '../../engine/scenario-schema';
import { scenarioHash } from '../calls/scenario-hash';
import { getCaseVersion } from '../packs/library';
import { scenarioVersion } from './scenario-version';

/**
 * The case exactly as a call was played on it, whichever version the library holds now: a
 * bundled case's current or released version with that content hash, or the version of an
 * imported or published case kept here under that hash (every version is kept, so a call
 * played before the case was replaced still has its own). Undefined when that version is
 * nowhere on this computer.
 */
export async function playedVersion(id: string, hash: string): Promise<Scenario | undefined> {
  const released = await scenarioVersion(id, hash);
  if (released) return released;
  const kept = await getCaseVersion(id, hash);
  // Hashed again: the row is only as trustworthy as the storage it was read from.
  return kept && (await scenarioHash(kept)) === hash ? kept : undefined;
}
