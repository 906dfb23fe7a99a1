import { z } from 'zod';
import { scenarioSchema } from '../scenario-schema';
import { id, sha256, time } from './fields';

/** A case imported from a pack file, validated before it was stored. */
export const customScenarioSchema = z.strictObject({
  id,
  scenario: scenarioSchema,
  contentHash: sha256,
  importedAt: time,
});
export type CustomScenarioRecord = z.infer<typeof customScenarioSchema>;

/** A trainer's recording of one customer line; `key` is `scenario/node/line` (see lineKey). */
export const recordingSchema = z.strictObject({
  key: z.string().regex(/^[^/]+\/[^/]+\/\d+$/),
  scenarioId: id,
  /** The audio as a data: URL, so it travels inside pack files unchanged. */
  dataUrl: z.string().startsWith('data:audio/'),
  recordedAt: time,
});
export type RecordingRecord = z.infer<typeof recordingSchema>;
