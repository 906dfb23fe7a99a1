import type { Scenario } from '../engine/scenario-schema';
import type { CaseSummary } from '../scenarios/case-summary';
import { loadScenario } from '../scenarios/load-scenario';
import { getCustomScenario, listCustomScenarios } from '../app/packs/library';

/** A case by id: bundled with the app, or imported from a pack into this browser. */
export async function findScenario(id: string): Promise<Scenario | undefined> {
  return (await loadScenario(id)) ?? (await getCustomScenario(id));
}

/** Library summaries of the imported cases. */
export async function importedSummaries(): Promise<CaseSummary[]> {
  // Summaries need path analysis, which the call screen never does: it loads with the library.
  const { summarize } = await import('../app/library/summarize');
  return Promise.all((await listCustomScenarios()).map(summarize));
}
