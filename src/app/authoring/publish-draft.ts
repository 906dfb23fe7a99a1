import { checkDraft, publishBlocker } from '../../engine/authoring/check-draft';
import type { Scenario } from '../../engine/scenario-schema';
import type { Problem } from '../../engine/validation/problem';
import { storePublication } from '../../storage/drafts';

export type Publication =
  { ok: true; version: number; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * Publishes a draft into this browser's library once it passes the checks `sim validate` makes of
 * a pack (its id must not be a bundled case's); otherwise answers with every problem found.
 * `revision` is the draft revision the editor's saves reached: if another tab saved the draft
 * since, publishing is refused (StaleWriteError) rather than overwrite that tab's draft.
 */
export async function publishDraft(
  id: string,
  scenario: Scenario,
  bundledIds: readonly string[],
  revision: number,
): Promise<Publication> {
  const check = checkDraft(scenario, bundledIds);
  if (publishBlocker(check)) return { ok: false, problems: [...check.errors, ...check.warnings] };
  return { ok: true, ...(await storePublication(id, scenario, revision)) };
}
