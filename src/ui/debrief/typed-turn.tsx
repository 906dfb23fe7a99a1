import { useTranslation } from 'react-i18next';
import type { TypedTurnRecord } from '../../engine/attempt-log';
import type { LocalizedText } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';
import { MarkedWords, type MarkedSpan } from './marked-words';

interface Props {
  typed: TypedTurnRecord;
  /** The words that earned or cost points, with their rules. */
  marks: readonly MarkedSpan[];
  expertReply: LocalizedText;
}

/**
 * A reply the trainee said in their own words: the words marked where they earned or cost points,
 * the scripted reply the call went on as (and who chose it), and what an expert would have said.
 */
export function TypedTurn({ typed, marks, expertReply }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="typed-turn">
      <p className="turn-reply">
        <strong>{t('debrief.labelled', { label: t('typedReply.debrief.yourWords') })}</strong>
        <span className="tag tag-typed">{t('typedReply.debrief.typedTag')}</span>
      </p>
      <MarkedWords text={typed.text} marks={marks} />
      <p className="typed-matched muted small">
        {t('typedReply.debrief.matched')} <q>{pick(typed.matchedReply)}</q> (
        {t(`typedReply.debrief.matchedBy.${typed.matchChosenBy}`)})
      </p>
      <p className="turn-expert">
        <strong>{t('debrief.labelled', { label: t('typedReply.debrief.expert') })}</strong>
        {pick(expertReply)}
      </p>
    </div>
  );
}
