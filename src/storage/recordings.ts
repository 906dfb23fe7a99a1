import { database } from './database';
import type { RecordingRecord } from './records';

/** Recordings are short lines of speech; anything larger is refused. */
export const MAX_RECORDING_BYTES = 1024 * 1024;
const AUDIO_DATA_URL = /^data:audio\/[a-z0-9.+-]+(;[a-z0-9=.+-]+)*;base64,[A-Za-z0-9+/]+=*$/i;
const LINE_KEY = /^[a-z0-9][a-z0-9-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}\/\d{1,3}$/;

/** Whether a key and value could be a recording: a line key and an audio data: URL of sane size. */
export function isRecording(key: string, value: unknown): value is string {
  return (
    LINE_KEY.test(key) &&
    typeof value === 'string' &&
    value.length <= MAX_RECORDING_BYTES * 1.4 &&
    AUDIO_DATA_URL.test(value)
  );
}

export async function saveRecording(key: string, dataUrl: string): Promise<void> {
  if (!isRecording(key, dataUrl)) throw new Error('not an audio recording of a scenario line');
  const record: RecordingRecord = {
    key,
    scenarioId: key.split('/')[0]!,
    dataUrl,
    recordedAt: Date.now(),
  };
  await database().recordings.put(record);
}

export async function deleteRecording(key: string): Promise<void> {
  await database().recordings.delete(key);
}

/** Every recording of a scenario's lines, by line key. */
export async function recordingsFor(scenarioId: string): Promise<Map<string, string>> {
  const rows = await database().recordings.where('scenarioId').equals(scenarioId).toArray();
  return new Map(rows.map((r) => [r.key, r.dataUrl]));
}
