import { CATALOG } from '../../scenarios/catalog.generated';
import type { CaseSummary } from '../../scenarios/case-summary';
import { importedSummaries } from '../scenario-source';

/** Every case a certification run can be taken on: bundled, then imported. */
export async function certifiableCases(): Promise<CaseSummary[]> {
  const imported = await importedSummaries();
  const bundledIds = new Set(CATALOG.map((c) => c.id));
  return [...CATALOG, ...imported.filter((c) => !bundledIds.has(c.id))];
}
