import type { Scenario } from '../engine/scenario-schema';
import { FORMAT_VERSION, PACK_FORMAT } from '../engine/vocabulary';
import { database } from './database';

export async function listCustomScenarios(): Promise<Scenario[]> {
  return (await database().scenarios.orderBy('importedAt').toArray()).map((r) => r.scenario);
}

export async function getCustomScenario(id: string): Promise<Scenario | undefined> {
  return (await database().scenarios.get(id))?.scenario;
}

/** A pack file's text for the given cases. */
export function packText(scenarios: readonly Scenario[]): string {
  return JSON.stringify(
    { format: PACK_FORMAT, formatVersion: FORMAT_VERSION, scenarios, media: {} },
    null,
    2,
  );
}
