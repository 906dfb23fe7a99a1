import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUDIO,
  readAudioPreferences,
  writeAudioPreferences,
} from '../../src/ui/audio/audio-preferences';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('audio preferences', () => {
  it('defaults when nothing is stored', () => {
    expect(readAudioPreferences(memoryStore())).toEqual(DEFAULT_AUDIO);
  });

  it('round-trips what the trainee chose', () => {
    const store = memoryStore();
    writeAudioPreferences(store, { volume: 0.25, muted: true, voice: false });
    expect(readAudioPreferences(store)).toEqual({ volume: 0.25, muted: true, voice: false });
  });

  it('repairs damaged or out-of-range values', () => {
    expect(readAudioPreferences(memoryStore({ 'complaint-desk.audio': '{not json' }))).toEqual(
      DEFAULT_AUDIO,
    );
    expect(
      readAudioPreferences(memoryStore({ 'complaint-desk.audio': '{"volume":7,"muted":"yes"}' })),
    ).toEqual(DEFAULT_AUDIO);
  });
});
