import { useTranslation } from 'react-i18next';
import type { TurnRecord } from '../../engine/attempt-log';
import { REACTIONS } from '../../engine/reactions';
import { useLocalized } from '../i18n/use-localized';
import { RuleLink } from './rule-link';

interface Props {
  turns: readonly TurnRecord[];
  /** Offered when the case is unchanged since the call: practise again from a turn. */
  onRetry: ((turn: number) => void) | null;
}

const reactionById = new Map(REACTIONS.map((r) => [r.id, r]));

/** Every reply with its grade, the trainer's comment, the rules behind it and a better reply. */
export function TurnReplay({ turns, onRetry }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <ol className="turn-list">
      {turns.map((turn) => (
        <li key={turn.turn} className="turn">
          <div className="turn-head">
            <span>{t('debrief.turn', { n: turn.turn })}</span>
            <span
              className={`grade grade-${turn.grade >= 80 ? 'good' : turn.grade >= 40 ? 'fair' : 'poor'}`}
            >
              {t('debrief.grade', { grade: turn.grade })}
            </span>
          </div>
          <p className="turn-reply">
            <strong>{t('debrief.labelled', { label: t('debrief.yourReply') })}</strong>
            {pick(turn.reply)}
          </p>
          <p className="turn-feedback">{pick(turn.feedback)}</p>
          {turn.rules.length > 0 && (
            <p className="turn-rules">
              <span className="muted small">{t('debrief.principles')}</span>
              {turn.rules.map((id) => (
                <RuleLink key={id} id={id} />
              ))}
            </p>
          )}
          {turn.reactions.map((id) => {
            const reaction = reactionById.get(id);
            return reaction ? (
              <p key={id} className="reaction">
                {pick(reaction.description)}
              </p>
            ) : null;
          })}
          {turn.choice === turn.expertChoice ? (
            <p className="muted">{t('debrief.sameAsExpert')}</p>
          ) : (
            <p className="turn-expert">
              <strong>{t('debrief.labelled', { label: t('debrief.betterReply') })}</strong>
              {pick(turn.expertReply)}
            </p>
          )}
          <div className="turn-foot">
            <span className="muted small">{t('debrief.moodAfter', turn.mood)}</span>
            {onRetry && (
              <button type="button" className="small-button" onClick={() => onRetry(turn.turn)}>
                {t('debrief.retryFrom', { n: turn.turn })}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
