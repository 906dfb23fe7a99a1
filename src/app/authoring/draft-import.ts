import type { Scenario } from '../../engine/scenario-schema';
import type { Problem } from '../../engine/validation/problem';

/**
 * What importing a case from another tool (a spreadsheet, a Twine story) gives the authoring
 * screen: a draft with what it still lacks before it can be published, or the problems that stop
 * the file from becoming a draft at all, each located in the file and worded in both languages.
 */
export type DraftImport =
  { ok: true; draft: Scenario; missing: Problem[] } | { ok: false; problems: Problem[] };
