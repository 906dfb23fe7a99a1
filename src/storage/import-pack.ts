import { contentHash } from '../engine/content-hash';
import type { Problem } from '../engine/validation/problem';
import { validatePackText } from '../engine/validation/validate-pack';
import { database } from './database';

/** Pack files larger than this are refused before reading; no real case comes close. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export type PackImport = { ok: true; ids: string[] } | { ok: false; problems: Problem[] };

/**
 * Imports every case of a pack, or none: the file is size-checked, parsed, validated by the same
 * schema and checks as `sim validate`, and its ids must not clash with the bundled library.
 */
export async function importPack(file: Blob, bundledIds: readonly string[]): Promise<PackImport> {
  if (file.size > MAX_PACK_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message: `the file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 5 MB`,
        },
      ],
    };
  }
  const result = validatePackText(await file.text());
  if (!result.ok) return result;
  const clashes = result.pack.scenarios
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => bundledIds.includes(s.id))
    .map(({ s, i }) => ({
      path: `$.scenarios[${i}].id`,
      message: `"${s.id}" is a bundled case; give the imported case another id`,
    }));
  if (clashes.length > 0) return { ok: false, problems: clashes };
  const now = Date.now();
  const records = await Promise.all(
    result.pack.scenarios.map(async (scenario) => ({
      id: scenario.id,
      scenario,
      contentHash: await contentHash(scenario),
      importedAt: now,
    })),
  );
  await database().scenarios.bulkPut(records);
  return { ok: true, ids: records.map((r) => r.id) };
}
