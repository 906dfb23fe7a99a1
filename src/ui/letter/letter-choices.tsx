import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  /** The candidate paragraphs for the next slot, in the order this letter shows them. */
  paragraphs: readonly Choice[];
  /** The ways to send the letter from here (its closing line each); none before the third slot. */
  sends: readonly Choice[];
  slot: number;
  disabled: boolean;
  onChoose: (id: string) => void;
}

/**
 * The next paragraph slot: its candidate paragraphs, then Send. The number keys follow what is on
 * screen, paragraphs first, as on a call.
 */
export function LetterChoices({ paragraphs, sends, slot, disabled, onChoose }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const all = useMemo(() => [...paragraphs, ...sends], [paragraphs, sends]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const choice = all[Number(event.key) - 1];
      if (choice) {
        event.preventDefault();
        onChoose(choice.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [all, disabled, onChoose]);

  const button = (choice: Choice, number: number) => (
    <button
      type="button"
      className={choice.send ? 'reply letter-send' : 'reply'}
      disabled={disabled}
      onClick={() => onChoose(choice.id)}
      data-choice={choice.id}
    >
      <kbd aria-hidden="true">{number}</kbd>
      <span>
        {choice.send && (
          <strong className="letter-send-label">{t('writtenReply.sendLabel')}</strong>
        )}
        {pick(choice.text)}
      </span>
    </button>
  );

  return (
    <section className="replies letter-choices" aria-labelledby="letter-slot-title">
      <h2 id="letter-slot-title" className="replies-title">
        {t('writtenReply.nextSlot', { n: slot })}{' '}
        <span className="hint key-hint">{t('writtenReply.keyHint', { count: all.length })}</span>
      </h2>
      <ol className="reply-list">
        {paragraphs.map((choice, i) => (
          <li key={choice.id}>{button(choice, i + 1)}</li>
        ))}
      </ol>
      <h3 className="letter-send-title">{t('writtenReply.send')}</h3>
      {sends.length > 0 ? (
        <ol className="reply-list" start={paragraphs.length + 1}>
          {sends.map((choice, i) => (
            <li key={choice.id}>{button(choice, paragraphs.length + i + 1)}</li>
          ))}
        </ol>
      ) : (
        <p className="hint">{t('writtenReply.sendLater')}</p>
      )}
    </section>
  );
}
