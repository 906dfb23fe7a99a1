import { scenarioSchema, type Scenario } from '../scenario-schema';
import { checkGraph } from '../validation/check-graph';
import { checkStages } from '../validation/check-stages';
import { problem, type Advice, type Problem } from '../validation/problem';
import { checkScenarioValue } from '../validation/validate-pack';
import { missingTranslations, type MissingTranslation } from './missing-translations';

export interface DraftCheck {
  /**
   * What stops the case from being published: the structural gate of `sim validate` (schema,
   * graph, paths, reply caps).
   */
  errors: Problem[];
  /** Texts written in one language only; publishing needs both. */
  warnings: MissingTranslation[];
  /**
   * The teaching checks the draft does not meet yet, each with why it matters; never blocks
   * publishing. Empty until the draft is structurally sound (they read its played paths).
   */
  advice: Advice[];
}

/**
 * Checks a draft with exactly the schema and checks `sim validate` applies. While the schema still
 * fails (texts not yet written) the graph checks run too, so a broken link shows up at once rather
 * than after the last text is typed; the stage checks run too, so a stage opening nowhere shows
 * at once as well. `takenIds` are ids a published case may not use (bundled).
 */
export function checkDraft(draft: Scenario, takenIds: readonly string[] = []): DraftCheck {
  const warnings = missingTranslations(draft);
  const translated = new Set(warnings.map((w) => w.path));
  const { problems, advice } = checkScenarioValue(draft, '$');
  if (!scenarioSchema.safeParse(draft).success)
    problems.push(...checkGraph(draft, '$'), ...checkStages(draft, '$'));
  if (takenIds.includes(draft.id)) {
    problems.push(
      problem('$.id', {
        en: `"${draft.id}" is a bundled case; choose another id`,
        'zh-CN': `“${draft.id}”是自带案例的 id；请换一个`,
      }),
    );
  }
  const seen = new Set<string>();
  const errors = problems.filter((p) => {
    const key = `${p.path} ${p.message}`;
    if (translated.has(p.path) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { errors, warnings, advice };
}

/** Why a draft cannot be published yet, or null when it can: advice never counts. */
export function publishBlocker(
  check: Pick<DraftCheck, 'errors' | 'warnings'>,
): { errors: number; translations: number } | null {
  return check.errors.length === 0 && check.warnings.length === 0
    ? null
    : { errors: check.errors.length, translations: check.warnings.length };
}
