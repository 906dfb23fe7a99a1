import { useEffect } from 'react';
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
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const reply = replies[Number(event.key) - 1];
      if (reply) {
        event.preventDefault();
        onChoose(reply.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [replies, disabled, onChoose]);
  return (
    <section className="replies" aria-labelledby="replies-title">
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
              onClick={() => onChoose(reply.id)}
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
