import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  replies: ReadonlyArray<{ id: string; text: LocalizedText }>;
  disabled: boolean;
  onChoose: (id: string) => void;
}

/** The trainee's options, also reachable with the number keys 1–4. */
export function ReplyButtons({ replies, disabled, onChoose }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const region = useRef<HTMLElement>(null);
  // The chosen reply's button is about to be replaced by the next replies. Removing a focused
  // element made the browser fix up focus inside the commit that shows the customer's line (some
  // 3 ms at full speed), so the button lets go of focus as it is chosen (a fraction of that), and
  // focus moves to the replies' own region in the next task, while the reply is being written: a
  // keyboard user stays where the next replies appear, one Tab away.
  const choose = useCallback(
    (id: string) => {
      onChoose(id);
      const box = region.current;
      const chosen = document.activeElement;
      // Chosen by its focused button, or by a number key with focus nowhere in particular.
      const inside = chosen instanceof HTMLElement && chosen !== box && !!box?.contains(chosen);
      const nowhere = chosen === null || chosen === document.body;
      if (!box || (!inside && !nowhere)) return;
      if (inside) chosen.blur();
      setTimeout(() => {
        if (box.isConnected && document.activeElement === document.body)
          box.focus({ preventScroll: true });
      });
    },
    [onChoose],
  );
  // The first replies of a call appear where the answer button was: focus, left on nothing as
  // that button went, waits in their region.
  useEffect(() => {
    if (document.activeElement === document.body) region.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const reply = replies[Number(event.key) - 1];
      if (reply) {
        event.preventDefault();
        choose(reply.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [replies, disabled, choose]);
  return (
    <section className="replies" aria-labelledby="replies-title" ref={region} tabIndex={-1}>
      <h2 id="replies-title" className="replies-title">
        {t('call.yourReply')}{' '}
        <span className="hint key-hint">{t('call.keyHint', { count: replies.length })}</span>
      </h2>
      <ol className="reply-list">
        {replies.map((reply, i) => (
          <li key={reply.id}>
            <button
              type="button"
              className="reply"
              disabled={disabled}
              onClick={() => choose(reply.id)}
              data-choice={reply.id}
            >
              <kbd aria-hidden="true">{i + 1}</kbd>
              <span>{pick(reply.text)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
