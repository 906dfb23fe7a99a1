import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  readAudioPreferences,
  writeAudioPreferences,
  type AudioPreferences,
} from './audio-preferences';
import { stopSpeaking } from './speech';

/** Mute, volume and the customer's voice, in the header; the app works the same with sound off. */
export function AudioControls() {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState(() => readAudioPreferences(localStorage));
  const change = (next: Partial<AudioPreferences>) => {
    const updated = { ...prefs, ...next };
    writeAudioPreferences(localStorage, updated);
    if (updated.muted || !updated.voice) stopSpeaking();
    setPrefs(updated);
  };
  return (
    <div className="audio-controls" role="group" aria-label={t('audio.controls')}>
      <button
        type="button"
        aria-pressed={prefs.muted}
        onClick={() => change({ muted: !prefs.muted })}
      >
        {prefs.muted ? t('audio.unmute') : t('audio.mute')}
      </button>
      <label className="volume">
        <span className="visually-hidden">{t('audio.volume')}</span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={prefs.volume}
          disabled={prefs.muted}
          onChange={(e) => change({ volume: Number(e.target.value) })}
        />
      </label>
      <label className="voice-toggle">
        <input
          type="checkbox"
          checked={prefs.voice}
          onChange={(e) => change({ voice: e.target.checked })}
        />
        {t('audio.voice')}
      </label>
    </div>
  );
}
