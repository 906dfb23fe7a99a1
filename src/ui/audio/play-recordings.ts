import { readAudioPreferences } from './audio-preferences';
import { recordingUrl } from './recording-url';

let current: HTMLAudioElement | null = null;
let currentUrl: string | null = null;

function release() {
  current?.pause();
  current = null;
  if (currentUrl) URL.revokeObjectURL(currentUrl);
  currentUrl = null;
}

/** Plays a trainer's recordings one after another at the trainee's volume; silent when muted. */
export function playRecordings(dataUrls: readonly string[]): void {
  release();
  const { volume, muted } = readAudioPreferences(localStorage);
  if (muted || dataUrls.length === 0) return;
  const [first, ...rest] = dataUrls;
  const url = recordingUrl(first!);
  if (!url) return playRecordings(rest);
  const audio = new Audio(url);
  audio.volume = volume;
  audio.dataset.recording = 'true';
  audio.onended = () => playRecordings(rest);
  current = audio;
  currentUrl = url;
  audio.play().catch(() => undefined);
}

export function stopRecordings(): void {
  release();
}

/** The element playing now, for tests and the call screen. */
export const playingRecording = () => current;
