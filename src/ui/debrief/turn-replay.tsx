import { useTranslation } from 'react-i18next';
import type { TurnRecord } from '../../engine/attempt-log';
import type { TurnDebrief } from '../../engine/debrief/compose-debrief';
import { typedFeedback } from '../../engine/debrief/typed-feedback';
import { useLocalized } from '../i18n/use-localized';
import { GradeBadge, TurnFeedback } from './turn-feedback';
import { TypedTurn } from './typed-turn';

interface Props {
  turns: readonly TurnRecord[];
  /** What the debrief says about each reply, composed from the call (see composeDebrief). */
  said: readonly TurnDebrief[];
  /** Offered when the case is unchanged since the call: practise again from a turn. */
  onRetry: ((turn: number) => void) | null;
}

/**
 * Every reply with its grade, the trainer's comment, the rules behind it and a better reply; a
 * reply said in the trainee's own words shows those words with the ones that counted marked.
 */
export function TurnReplay({ turns, said, onRetry }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <ol className="turn-list">
      {turns.map((turn, i) => {
        const debrief = said[i];
        const mood = debrief?.mood ? ` · ${t(`call.${debrief.mood}`)}` : '';
        const typed = typedFeedback(turn);
        return (
          <li key={turn.turn} className="turn">
            <div className="turn-head">
              <span>{t('debrief.turn', { n: turn.turn })}</span>
              <GradeBadge grade={turn.grade} />
            </div>
            {typed ? (
              <>
                <TypedTurn feedback={typed} />
                <TurnFeedback said={debrief} />
              </>
            ) : (
              <>
                <p className="turn-reply">
                  <strong>{t('debrief.labelled', { label: t('debrief.yourReply') })}</strong>
                  {pick(turn.reply)}
                </p>
                <TurnFeedback said={debrief} />
                {turn.choice === turn.expertChoice ? (
                  <p className="muted">{t('debrief.sameAsExpert')}</p>
                ) : (
                  <p className="turn-expert">
                    <strong>{t('debrief.labelled', { label: t('debrief.betterReply') })}</strong>
                    {pick(turn.expertReply)}
                  </p>
                )}
              </>
            )}
            <div className="turn-foot">
              <span className="muted small">
                {t('debrief.moodAfter', turn.mood)}
                {mood}
              </span>
              {onRetry && (
                <button type="button" className="small-button" onClick={() => onRetry(turn.turn)}>
                  {t('debrief.retryFrom', { n: turn.turn })}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
