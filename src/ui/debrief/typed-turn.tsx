import { useTranslation } from 'react-i18next';
import type { TypedFeedback } from '../../engine/debrief/typed-feedback';
import { useLocalized } from '../i18n/use-localized';
import { MarkedWords } from './marked-words';

/**
 * A reply the trainee said in their own words: the words marked where they earned or cost points,
 * the scripted reply the call went on as (and who chose it), the phrase lists that heard the
 * words, and what an expert would have said.
 */
export function TypedTurn({ feedback }: { feedback: TypedFeedback }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { matched, expert } = feedback;
  return (
    <div className="typed-turn">
      <p className="turn-reply">
        <strong>{t('debrief.labelled', { label: t('typedReply.debrief.yourWords') })}</strong>
        <span className="tag tag-typed">{t('typedReply.debrief.typedTag')}</span>
      </p>
      <MarkedWords text={feedback.text} highlights={feedback.highlights} unsaid={feedback.unsaid} />
      <p className="typed-matched">
        <span className="muted">{t('typedReply.debrief.matched')}</span>{' '}
        <q>{pick(matched.reply)}</q>{' '}
        <span className="muted small">
          ({t(`typedReply.debrief.matchedBy.${matched.chosenBy}`)})
        </span>
      </p>
      <p className="typed-lists muted small">
        {t('typedReply.debrief.listsVersion', { version: feedback.listsVersion })}
      </p>
      <p className="turn-expert">
        <strong>{t('debrief.labelled', { label: t('typedReply.debrief.expert') })}</strong>
        {pick(expert.reply)}
      </p>
    </div>
  );
}
