import type { LocalizedText, Scenario } from '../engine/scenario-schema';
import { database } from './database';
import type { CustomScenarioRecord } from './records';

/** An imported case that a pack would overwrite with different content. */
export interface Replacement {
  id: string;
  title: LocalizedText;
  fromVersion: number;
  toVersion: number;
  /** Unfinished calls on the case: replayed on the new content where their replies still exist. */
  openCalls: number;
}

/** Stores a checked pack's cases and the recordings of their lines, all or none. */
export async function storeImportedCases(
  records: readonly CustomScenarioRecord[],
  media: ReadonlyArray<readonly [key: string, dataUrl: string]>,
  now: number,
): Promise<void> {
  const db = database();
  await db.transaction('rw', db.scenarios, db.caseVersions, db.recordings, async () => {
    await db.scenarios.bulkPut([...records]);
    // The version replaced stays among caseVersions: calls played on it still replay.
    await db.caseVersions.bulkPut([...records]);
    await db.recordings.bulkPut(
      media.map(([key, dataUrl]) => ({
        key,
        scenarioId: key.split('/')[0]!,
        dataUrl,
        recordedAt: now,
      })),
    );
  });
}

/** The cases already imported with other content that these would replace. */
export async function replacementsOf(
  records: ReadonlyArray<{ id: string; scenario: Scenario; contentHash: string }>,
): Promise<Replacement[]> {
  const db = database();
  const found = await Promise.all(
    records.map(async ({ id, scenario, contentHash: hash }) => {
      const existing = await db.scenarios.get(id);
      if (!existing || existing.contentHash === hash) return null;
      const openCalls = await db.attempts
        .where('scenarioId')
        .equals(id)
        .filter((a) => a.status === 'active')
        .count();
      return {
        id,
        title: scenario.title,
        fromVersion: existing.scenario.version,
        toVersion: scenario.version,
        openCalls,
      };
    }),
  );
  return found.filter((r) => r !== null);
}
