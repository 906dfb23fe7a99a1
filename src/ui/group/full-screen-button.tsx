import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Puts the stage alone on the projector, where the browser allows it. */
export function FullScreenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  useEffect(() => {
    const sync = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      onClick={() => void (full ? document.exitFullscreen() : target.current?.requestFullscreen())}
    >
      {full ? t('group.exitFullScreen') : t('group.fullScreen')}
    </button>
  );
}
