import { listCustomScenarios } from '../../app/packs/library';
import { CATALOG } from '../../scenarios/catalog.generated';
import type { CaseShape } from './call-tags';

/**
 * Each case's kind and contacts, bundled from the catalog (no dialogue downloaded) and imported
 * from this browser's packs, by case id.
 */
export async function caseShapes(): Promise<Map<string, CaseShape>> {
  const shapes = new Map<string, CaseShape>(
    CATALOG.map((c) => [c.id, { kind: c.kind, stages: c.stages }]),
  );
  for (const scenario of await listCustomScenarios()) {
    if (shapes.has(scenario.id)) continue;
    shapes.set(scenario.id, {
      kind: scenario.kind ?? 'call',
      stages: scenario.stages?.length ?? 1,
    });
  }
  return shapes;
}
