import { readAudioPreferences } from './audio-preferences';

export type SoundName = 'ring' | 'pick-up' | 'hang-up' | 'hold' | 'cue';

const playing = new Map<SoundName, HTMLAudioElement>();

/** Plays one of the call sounds at the trainee's volume; silent when muted. Never throws. */
export function playSound(name: SoundName, options: { loop?: boolean } = {}): void {
  const { volume, muted } = readAudioPreferences(localStorage);
  if (muted || volume === 0) return;
  stopSound(name);
  const audio = new Audio(`./audio/${name}.wav`);
  audio.volume = volume;
  audio.loop = options.loop ?? false;
  playing.set(name, audio);
  // Autoplay may be refused before the first click; the call works the same without sound.
  audio.play().catch(() => playing.delete(name));
}

export function stopSound(name: SoundName): void {
  playing.get(name)?.pause();
  playing.delete(name);
}
