import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
};

/** "Locked, try again in m:ss", counting down live; calls `onOver` when the lockout ends. */
export function LockoutCountdown({ until, onOver }: { until: number; onOver: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) onOver();
    }, 1000);
    return () => clearInterval(timer);
  }, [until, onOver]);
  return (
    <div className="form-error lockout">
      <p role="alert">{t('security.locked')}</p>
      <p>{t('security.tryAgainIn', { time: clock(until - now) })}</p>
    </div>
  );
}
