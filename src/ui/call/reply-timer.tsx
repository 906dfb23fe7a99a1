import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  seconds: number;
  paused: boolean;
  onExpire: () => void;
}

/** The time left to reply; when it runs out the silence is recorded as a reply. */
/** Mount one per turn (key it by the turn) so each reply gets the full time. */
export function ReplyTimer({ seconds, paused, onExpire }: Props) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (paused) return;
    if (left <= 0) {
      onExpire();
      return;
    }
    const tick = setTimeout(() => setLeft((l) => l - 1), 1000);
    return () => clearTimeout(tick);
  }, [left, paused, onExpire]);
  const urgent = left <= 10;
  return (
    <div
      className={`reply-timer${urgent ? ' is-urgent' : ''}`}
      role="timer"
      aria-live={urgent ? 'assertive' : 'off'}
    >
      <span className="reply-timer-label">
        {t('call.timeLeft', { seconds: Math.max(0, left) })}
      </span>
      <span className="reply-timer-track" aria-hidden="true">
        <span
          className="reply-timer-fill"
          style={{ transform: `scaleX(${Math.max(0, left) / seconds})` }}
        />
      </span>
    </div>
  );
}
