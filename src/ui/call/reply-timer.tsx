import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  seconds: number;
  paused: boolean;
  onExpire: () => void;
  /** Says how long each reply has when that differs from a chosen reply's (a typed call). */
  allowance?: string;
}

/**
 * The time left to reply; when it runs out the silence is recorded as a reply. Mount one per turn
 * (key it by the turn) so each reply gets the full time. The deadline is fixed at mount, so a slow
 * render never stretches the time.
 */
export function ReplyTimer({ seconds, paused, onExpire, allowance }: Props) {
  const { t } = useTranslation();
  const [deadline] = useState(() => Date.now() + seconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (paused) return;
    const expiry = setTimeout(onExpire, Math.max(0, deadline - Date.now()));
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearTimeout(expiry);
      clearInterval(tick);
    };
  }, [deadline, paused, onExpire]);
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  const urgent = left <= 10;
  return (
    <div
      className={`reply-timer${urgent ? ' is-urgent' : ''}`}
      role="timer"
      aria-live={urgent ? 'assertive' : 'off'}
    >
      <span className="reply-timer-label">
        {t('call.timeLeft', { seconds: left })}
        {allowance && <span className="reply-timer-allowance"> · {allowance}</span>}
      </span>
      <span className="reply-timer-track" aria-hidden="true">
        <span className="reply-timer-fill" style={{ transform: `scaleX(${left / seconds})` }} />
      </span>
    </div>
  );
}
