import type { Prosody } from '../../engine/prosody';
import type { Locale } from '../../engine/vocabulary';
import { readAudioPreferences } from './audio-preferences';

/** Reads a customer line aloud when the system has a voice for the language; otherwise does nothing. */
export function speak(text: string, locale: Locale, prosody: Prosody): void {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  const { voice: wanted, muted, volume } = readAudioPreferences(localStorage);
  if (!synth || !wanted || muted) return;
  const prefix = locale === 'en' ? 'en' : 'zh';
  const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(prefix));
  if (!voice) return;
  try {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = prosody.rate;
    utterance.pitch = prosody.pitch;
    utterance.volume = prosody.volume * volume;
    synth.speak(utterance);
  } catch {
    // A broken speech engine must never stop the call: the text is always on screen.
  }
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
