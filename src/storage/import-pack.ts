import { contentHash } from '../engine/content-hash';
import type { Problem } from '../engine/validation/problem';
import { MAX_PACK_BYTES, tooLargeMessage } from '../engine/validation/limits';
import { validatePackText } from '../engine/validation/validate-pack';
import { database } from './database';
import { isRecording } from './recordings';

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
          message: tooLargeMessage(file.size),
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
  const media = Object.entries(result.pack.media);
  const ids = result.pack.scenarios.map((s) => s.id);
  const badMedia = media
    .filter(([key, value]) => !isRecording(key, value) || !ids.includes(key.split('/')[0]!))
    .map(([key]) => ({
      path: `$.media[${JSON.stringify(key)}]`,
      message:
        'media must be an audio data: URL (≤ 1 MB) keyed scenario/node/line for a case in this pack',
    }));
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
  const db = database();
  await db.transaction('rw', db.scenarios, db.recordings, async () => {
    await db.scenarios.bulkPut(records);
    await db.recordings.bulkPut(
      media.map(([key, dataUrl]) => ({
        key,
        scenarioId: key.split('/')[0]!,
        dataUrl: dataUrl as string,
        recordedAt: now,
      })),
    );
  });
  return { ok: true, ids: records.map((r) => r.id) };
}
