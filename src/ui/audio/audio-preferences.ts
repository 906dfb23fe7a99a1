/** What the trainee chose for sound; kept in the browser so it survives reloads. */
export interface AudioPreferences {
  /** 0–1 for the call sounds. */
  volume: number;
  muted: boolean;
  /** Customer lines read aloud where the system has a voice. */
  voice: boolean;
}

export const DEFAULT_AUDIO: AudioPreferences = { volume: 0.7, muted: false, voice: true };
const KEY = 'complaint-desk.audio';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads preferences, repairing anything missing or out of range. */
export function readAudioPreferences(store: KeyValueStore): AudioPreferences {
  let stored: Partial<AudioPreferences>;
  try {
    stored = (JSON.parse(store.getItem(KEY) ?? '{}') ?? {}) as Partial<AudioPreferences>;
  } catch {
    stored = {};
  }
  const volume =
    typeof stored.volume === 'number' && stored.volume >= 0 && stored.volume <= 1
      ? stored.volume
      : DEFAULT_AUDIO.volume;
  return {
    volume,
    muted: typeof stored.muted === 'boolean' ? stored.muted : DEFAULT_AUDIO.muted,
    voice: typeof stored.voice === 'boolean' ? stored.voice : DEFAULT_AUDIO.voice,
  };
}

export function writeAudioPreferences(store: KeyValueStore, preferences: AudioPreferences): void {
  store.setItem(KEY, JSON.stringify(preferences));
}
