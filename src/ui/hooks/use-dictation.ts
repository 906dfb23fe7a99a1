import { useCallback, useEffect, useRef, useState } from 'react';
import { useLoaded } from './use-loaded';

/** The part of the Web Speech API's recogniser that dictation uses. */
interface Recogniser {
  lang: string;
  processLocally: boolean;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onerror: (() => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

interface RecogniserClass {
  new (): Recogniser;
  /** The on-device check: 'available' once the language pack is on this device. */
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string>;
}

function recogniserClass(): RecogniserClass | undefined {
  const scope = window as unknown as {
    SpeechRecognition?: RecogniserClass;
    webkitSpeechRecognition?: RecogniserClass;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

/**
 * The recogniser class when this browser can recognise `lang` on the device itself, otherwise null.
 * A browser without the on-device check may send the audio to a server, so it gets no microphone.
 */
async function onDeviceRecogniser(lang: string): Promise<RecogniserClass | null> {
  const found = recogniserClass();
  if (!found || typeof found.available !== 'function') return null;
  try {
    return (await found.available({ langs: [lang], processLocally: true })) === 'available'
      ? found
      : null;
  } catch {
    // A permissions policy that blocks on-device recognition makes the check throw.
    return null;
  }
}

export type DictationState = 'idle' | 'listening' | 'failed';

/**
 * Dictation into a text box, on the device only. `onTranscript` gets the whole transcript so far
 * each time it grows (interim words included), to show in the box where it can be edited.
 */
export function useDictation(lang: string, onTranscript: (transcript: string) => void) {
  const found = useLoaded(() => onDeviceRecogniser(lang), lang);
  const recogniser = found.state === 'ready' ? found.value : null;
  const [state, setState] = useState<DictationState>('idle');
  const running = useRef<Recogniser | null>(null);
  const latest = useRef(onTranscript);
  useEffect(() => {
    latest.current = onTranscript;
  });
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(() => {
    if (!recogniser || running.current) return;
    const recognition = new recogniser();
    recognition.lang = lang;
    recognition.processLocally = true;
    recognition.interimResults = true;
    recognition.continuous = true;
    recognition.onresult = (event) => {
      const words = Array.from(event.results, (result) => result[0]?.transcript ?? '');
      latest.current(words.join(''));
    };
    recognition.onerror = () => setState('failed');
    recognition.onend = () => {
      running.current = null;
      setState((now) => (now === 'listening' ? 'idle' : now));
    };
    running.current = recognition;
    setState('listening');
    try {
      recognition.start();
    } catch {
      running.current = null;
      setState('failed');
    }
  }, [recogniser, lang]);

  const stop = useCallback(() => running.current?.stop(), []);

  return { available: recogniser !== null, state, start, stop };
}
