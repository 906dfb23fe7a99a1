import type { Scenario } from '../engine/scenario-schema';
import { FORMAT_VERSION, PACK_FORMAT } from '../engine/vocabulary';
import { database } from './database';

export async function listCustomScenarios(): Promise<Scenario[]> {
  return (await database().scenarios.orderBy('importedAt').toArray()).map((r) => r.scenario);
}

export async function getCustomScenario(id: string): Promise<Scenario | undefined> {
  return (await database().scenarios.get(id))?.scenario;
}

/** The version of imported or published case `id` whose content hashes to `contentHash`, if kept here. */
export async function getCaseVersion(
  id: string,
  contentHash: string,
): Promise<Scenario | undefined> {
  return (await database().caseVersions.get([id, contentHash]))?.scenario;
}

/** A pack file's text for the given cases, with any recordings of their lines as media. */
export function packText(
  scenarios: readonly Scenario[],
  media: Record<string, string> = {},
): string {
  return JSON.stringify(
    { format: PACK_FORMAT, formatVersion: FORMAT_VERSION, scenarios, media },
    null,
    2,
  );
}

/** The recordings of these cases' lines, keyed as in a pack's media. */
export async function mediaFor(scenarios: readonly Scenario[]): Promise<Record<string, string>> {
  const ids = scenarios.map((s) => s.id);
  const rows = await database().recordings.where('scenarioId').anyOf(ids).toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.dataUrl]));
}
