import { readdir, readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { Pack, Scenario } from '../engine/scenario-schema';
import type { Problem } from '../engine/validation/problem';
import { validatePackText } from '../engine/validation/validate-pack';
import { inLibraryOrder } from '../scenarios/library-order';
import { casePacks, PACK_SUFFIX, scenariosDir } from '../scenarios/pack-files.mjs';
import { summarize } from '../app/library/summarize';

/** A file as messages name it: from the working folder when it is inside, else in full. */
export function shownPath(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}

/** One case of the library and the pack file it came from. */
export interface LibraryCase {
  id: string;
  file: string;
  scenario: Scenario;
}

export type CheckedLibrary = { ok: true; cases: LibraryCase[] } | { ok: false; lines: string[] };

/**
 * What the library asks of a pack beyond the checks every import passes: one case per file, named
 * after it (as the authoring screen exports it), so each case downloads on its own; and no
 * recordings, which the library has no place for.
 */
function libraryRules(file: string, pack: Pack): Problem[] {
  if (pack.scenarios.length !== 1) {
    return [{ path: '$.scenarios', message: 'a library pack holds exactly one case' }];
  }
  const problems: Problem[] = [];
  const { id } = pack.scenarios[0]!;
  if (basename(file) !== `${id}${PACK_SUFFIX}`) {
    problems.push({
      path: '$.scenarios[0].id',
      message: `the file of case "${id}" must be named ${id}${PACK_SUFFIX}`,
    });
  }
  if (Object.keys(pack.media).length > 0) {
    problems.push({
      path: '$.media',
      message: 'the library carries no recordings: export the case without them',
    });
  }
  return problems;
}

/**
 * Every pack in `<dir>/cases`, held to the library's gates: the checks `sim validate` applies to
 * any pack (schema, graph, every path), the teaching checks held as errors (what other packs get
 * as advice) and the library's own rules.
 * Problems come as `<file>: <json-path>: <message>`.
 */
export async function checkLibrary(dir = scenariosDir()): Promise<CheckedLibrary> {
  const cases: LibraryCase[] = [];
  const lines = (await readdir(join(dir, 'cases')))
    .filter((name) => !name.endsWith(PACK_SUFFIX))
    .map(
      (name) => `${shownPath(join(dir, 'cases', name))}: $: not a pack file (<id>${PACK_SUFFIX})`,
    );
  for (const id of Object.keys(casePacks(dir))) {
    const file = join(dir, 'cases', `${id}${PACK_SUFFIX}`);
    const checked = validatePackText(await readFile(file, 'utf8'), { teaching: true });
    const problems = checked.ok ? libraryRules(file, checked.pack) : checked.problems;
    const shown = shownPath(file);
    lines.push(...problems.map((p) => `${shown}: ${p.path}: ${p.message}`));
    if (checked.ok && problems.length === 0) {
      cases.push({ id, file, scenario: checked.pack.scenarios[0]! });
    }
  }
  return lines.length > 0 ? { ok: false, lines } : { ok: true, cases: inLibraryOrder(cases) };
}

export type CatalogModule =
  { ok: true; code: string; files: string[] } | { ok: false; lines: string[] };

/** The catalog module the app is built with: the library's summaries, no dialogue. */
export async function catalogModule(dir = scenariosDir()): Promise<CatalogModule> {
  const checked = await checkLibrary(dir);
  if (!checked.ok) return checked;
  const summaries = await Promise.all(checked.cases.map((c) => summarize(c.scenario)));
  return {
    ok: true,
    code: `export const CATALOG = ${JSON.stringify(summaries)};\n`,
    files: checked.cases.map((c) => c.file),
  };
}
