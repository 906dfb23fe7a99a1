import { contentHash } from '../../engine/content-hash';
import type { Scenario } from '../../engine/scenario-schema';
import { problem, type Advice, type Problem } from '../../engine/validation/problem';
import { replacementsOf, storeImportedCases, type Replacement } from '../../storage/import-pack';
import { isRecording } from '../../storage/recordings';
import { checkPackFile } from './check-pack';

export type { Replacement } from '../../storage/import-pack';

/** What the trainer is told was imported: each case by its title, with its id. */
export type ImportedCase = Pick<Scenario, 'id' | 'title'>;

export type PackImport =
  | { ok: true; cases: ImportedCase[]; advice: Advice[] }
  | { ok: false; problems: Problem[] }
  | { ok: false; replacing: Replacement[] };

/**
 * Imports every case of a pack, or none: the file is size-checked, decoded, parsed and validated
 * off the page's thread by the same checks as `sim validate` (check-pack.ts), and its ids must not
 * clash with the bundled library. The teaching checks never refuse a pack: they come back as
 * advice.
 * A case already imported with other content is only replaced once the caller confirms it
 * (`replace`); until then the answer lists what would change and nothing is written.
 */
export async function importPack(
  file: Blob,
  bundledIds: readonly string[],
  { replace = false }: { replace?: boolean } = {},
): Promise<PackImport> {
  const result = await checkPackFile(file);
  if (!result.ok) return result;
  const clashes = result.pack.scenarios
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => bundledIds.includes(s.id))
    .map(({ s, i }) =>
      problem(`$.scenarios[${i}].id`, {
        en: `"${s.id}" is a bundled case; give the imported case another id`,
        'zh-CN': `“${s.id}”是自带案例的 id；请给导入的案例换一个 id`,
      }),
    );
  if (clashes.length > 0) return { ok: false, problems: clashes };
  const media = Object.entries(result.pack.media);
  const ids = result.pack.scenarios.map((s) => s.id);
  const badMedia = media
    .filter(([key, value]) => !isRecording(key, value) || !ids.includes(key.split('/')[0]!))
    .map(([key]) =>
      problem(`$.media[${JSON.stringify(key)}]`, {
        en: 'media must be an audio data: URL (≤ 1 MB) keyed scenario/node/line for a case in this pack',
        'zh-CN': '媒体必须是音频 data: URL（≤ 1 MB），键名为本包中某个案例的“案例/节点/行”',
      }),
    );
  if (badMedia.length > 0) return { ok: false, problems: badMedia };
  const now = Date.now();
  const records = await Promise.all(
    result.pack.scenarios.map(async (scenario) => ({
      id: scenario.id,
      scenario,
      contentHash: await contentHash(scenario),
      importedAt: now,
    })),
  );
  if (!replace) {
    const replacing = await replacementsOf(records);
    if (replacing.length > 0) return { ok: false, replacing };
  }
  await storeImportedCases(records, media as Array<[string, string]>, now);
  return {
    ok: true,
    cases: records.map(({ scenario: { id, title } }) => ({ id, title })),
    advice: result.advice,
  };
}
