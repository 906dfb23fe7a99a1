import { readAudioPreferences } from './audio-preferences';

let current: HTMLAudioElement | null = null;

/** Plays a trainer's recordings one after another at the trainee's volume; silent when muted. */
export function playRecordings(dataUrls: readonly string[]): void {
  stopRecordings();
  const { volume, muted } = readAudioPreferences(localStorage);
  if (muted || dataUrls.length === 0) return;
  const [first, ...rest] = dataUrls;
  const audio = new Audio(first);
  audio.volume = volume;
  audio.dataset.recording = 'true';
  audio.onended = () => playRecordings(rest);
  current = audio;
  audio.play().catch(() => undefined);
}

export function stopRecordings(): void {
  current?.pause();
  current = null;
}

/** The element playing now, for tests and the call screen. */
export const playingRecording = () => current;
