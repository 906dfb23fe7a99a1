import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  /** The trainee's own words. */
  text: string;
  /** The nearest scripted replies, nearest first. */
  candidates: ReadonlyArray<{ choiceId: string; text: LocalizedText }>;
  disabled: boolean;
  onPick: (choiceId: string) => void;
  onEdit: () => void;
}

/**
 * An unclear match: the trainee's words beside the scripted replies they are near, to say which
 * one they meant. The pick only decides where the call goes; the grade is for their own words.
 * Number keys pick, Esc goes back to the text box with the words kept.
 */
export function WhichDidYouMean({ text, candidates, disabled, onPick, onEdit }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const id = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        return onEdit();
      }
      const candidate = candidates[Number(event.key) - 1];
      if (candidate) {
        event.preventDefault();
        onPick(candidate.choiceId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [candidates, disabled, onPick, onEdit]);
  return (
    <section className="replies which-meant" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="replies-title">
        {t('typedReply.call.whichTitle')}{' '}
        <span className="hint key-hint">
          {t('typedReply.call.whichKeys', { count: candidates.length })}
        </span>
      </h2>
      <p className="hint">{t('typedReply.call.whichIntro')}</p>
      <div className="which-columns">
        <figure className="which-own">
          <figcaption>{t('typedReply.call.yourWords')}</figcaption>
          <blockquote>{text}</blockquote>
          <button type="button" disabled={disabled} onClick={onEdit}>
            {t('typedReply.call.edit')}
          </button>
        </figure>
        <ol className="which-list reply-list" aria-label={t('typedReply.call.whichTitle')}>
          {candidates.map((candidate, i) => (
            <li key={candidate.choiceId}>
              <button
                type="button"
                className="reply"
                disabled={disabled}
                autoFocus={i === 0}
                data-choice={candidate.choiceId}
                onClick={() => onPick(candidate.choiceId)}
              >
                <kbd aria-hidden="true">{i + 1}</kbd>
                <span>{pick(candidate.text)}</span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
