import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { useLocation } from 'wouter';
import { whenIdle } from '../when-idle';

type PromptState =
  { kind: 'idle' } | { kind: 'offline-ready' } | { kind: 'update'; apply: () => void };

/** How long the "works offline now" note stays; it is information, never in the trainee's way. */
const OFFLINE_NOTE_MS = 5000;

/** Says when the app works offline, and offers a reload when a new version has been deployed. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [state, setState] = useState<PromptState>({ kind: 'idle' });
  // The note would sit over the replies of a call in progress: it waits until the call is left.
  const [location] = useLocation();
  const inCall = location.startsWith('/call/');
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // Caching every case for offline use downloads a lot: it waits until the first screen is done.
    return whenIdle(() => {
      const update = registerSW({
        onNeedRefresh: () => setState({ kind: 'update', apply: () => void update(true) }),
        onOfflineReady: () => setState({ kind: 'offline-ready' }),
      });
    });
  }, []);
  useEffect(() => {
    if (state.kind !== 'offline-ready' || inCall) return;
    const hide = setTimeout(() => setState({ kind: 'idle' }), OFFLINE_NOTE_MS);
    return () => clearTimeout(hide);
  }, [state.kind, inCall]);
  if (state.kind === 'idle' || (state.kind === 'offline-ready' && inCall)) return null;
  if (state.kind === 'offline-ready') {
    return (
      <div className="update-prompt is-note" role="status">
        {t('app.offlineReady')}
      </div>
    );
  }
  return (
    <div className="update-prompt" role="alert">
      <span>{t('app.updateAvailable')}</span>
      <button type="button" className="primary" onClick={state.apply}>
        {t('app.reload')}
      </button>
      <button type="button" onClick={() => setState({ kind: 'idle' })}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
