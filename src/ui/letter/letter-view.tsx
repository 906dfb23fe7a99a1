import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

export interface LetterParagraph {
  key: string;
  text: LocalizedText;
  /** The line the letter was sent with: its close and signature, not a numbered paragraph. */
  closing?: boolean;
  /** Beside the expert's letter: whether this paragraph is the one the expert chose there. */
  matchesExpert?: boolean;
}

/** A letter as paragraphs in order, each labelled with its place, the closing line last. */
export function LetterView({
  paragraphs,
  emptyText,
}: {
  paragraphs: readonly LetterParagraph[];
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (paragraphs.length === 0) return emptyText ? <p className="muted">{emptyText}</p> : null;
  return (
    <ol className="letter-paragraphs">
      {paragraphs.map((p, i) => (
        <li
          key={p.key}
          className={[
            'letter-paragraph',
            p.closing ? 'is-closing' : '',
            p.matchesExpert === undefined ? '' : p.matchesExpert ? 'on-path' : 'off-path',
          ].join(' ')}
        >
          <span className="letter-place">
            {p.closing ? t('writtenReply.closing') : t('writtenReply.paragraph', { n: i + 1 })}
            {p.matchesExpert !== undefined && (
              <span className="letter-match">
                {' · '}
                {p.matchesExpert
                  ? t('writtenReply.debrief.same')
                  : t('writtenReply.debrief.differs')}
              </span>
            )}
          </span>
          <p>{pick(p.text)}</p>
        </li>
      ))}
    </ol>
  );
}
