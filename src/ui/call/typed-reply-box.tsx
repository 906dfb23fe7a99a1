import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { detectBehaviours } from '../../engine/detect/detect';
import type { PhraseLists } from '../../engine/detect/phrase-lists';
import type { Locale } from '../../engine/vocabulary';
import { DictationButton } from './dictation-button';
import { HeardMoves } from './heard-moves';

interface Props {
  text: string;
  onTextChange: (text: string) => void;
  lang: Locale;
  /** The customer's last line: whether a close is premature depends on it. */
  customerSaid: string;
  /** The phrase lists in use on this machine, so what is shown heard is what will be graded. */
  lists: PhraseLists;
  maxChars: number;
  disabled: boolean;
  /** Shows what the detector hears while typing; a certification run gives no such help. */
  showHeard: boolean;
  /** Why the last send was refused, in the trainee's language; cleared as they edit. */
  refusal: string | null;
  onSend: () => void;
}

/** Counted as the trainee sees them (and as the limit counts): an emoji or a rare character is one. */
const characters = (text: string) => [...text.trim()].length;

/**
 * The trainee's own reply: a text box sent with Ctrl/⌘+Enter or the Send button, with a character
 * count, the reason a reply was not sent (empty or too long), and a microphone where the device recognises speech.
 */
export function TypedReplyBox({
  text,
  onTextChange,
  lang,
  customerSaid,
  lists,
  maxChars,
  disabled,
  showHeard,
  refusal,
  onSend,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const before = useRef('');
  const count = characters(text);
  // Detection takes a few milliseconds, so it runs on every keystroke.
  const heard = useMemo(
    () =>
      showHeard ? detectBehaviours({ lang, reply: text, customerSaid }, lists).behaviours : [],
    [showHeard, lang, text, customerSaid, lists],
  );

  return (
    <section className="replies typed-reply" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="replies-title">
        <label htmlFor={`${id}-box`}>{t('typedReply.call.boxLabel')}</label>{' '}
        <span className="hint key-hint">{t('typedReply.call.sendHint')}</span>
      </h2>
      <textarea
        id={`${id}-box`}
        className="typed-reply-text"
        value={text}
        rows={4}
        autoFocus
        disabled={disabled}
        placeholder={t('typedReply.call.placeholder')}
        aria-describedby={`${id}-count${refusal ? ` ${id}-problem` : ''}`}
        aria-invalid={refusal ? true : undefined}
        onChange={(e) => onTextChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSend();
          }
        }}
      />
      <div className="typed-reply-foot">
        <span id={`${id}-count`} className={`hint typed-count${count > maxChars ? ' over' : ''}`}>
          {t('typedReply.call.count', { count, max: maxChars })}
        </span>
        <DictationButton
          lang={lang}
          disabled={disabled}
          onStart={() => {
            before.current = text;
          }}
          onTranscript={(words) => {
            const base = before.current;
            const gap = base && lang === 'en' && !/\s$/.test(base) ? ' ' : '';
            onTextChange(`${base}${gap}${words.trimStart()}`);
          }}
        />
        <button type="button" className="primary send" disabled={disabled} onClick={onSend}>
          {t('typedReply.call.send')}
        </button>
      </div>
      {refusal && (
        <p id={`${id}-problem`} role="alert" className="form-error">
          {refusal}
        </p>
      )}
      {showHeard && <HeardMoves behaviours={heard} />}
    </section>
  );
}
