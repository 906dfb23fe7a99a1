import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { playSound, stopSound } from '../audio/sound';
import type { ReplyMode } from '../../engine/detect/typed-reply';
import { TYPING_SECONDS } from '../../engine/policies';
import type { Scenario } from '../../engine/scenario-schema';
import { CustomerFace } from '../components/customer-face';
import { useLocalized } from '../i18n/use-localized';
import type { ShownSwitchFailure } from './before-answer-change';
import { ReplyModeToggle } from './reply-mode-toggle';

interface Props {
  scenario: Scenario;
  timed: boolean;
  /** A certification run keeps the case's default timer: every trainee sits the same test. */
  timerFixed?: boolean;
  /** Seconds per reply in the chosen reply mode (a typed reply has longer). */
  replySeconds: number;
  onTimedChange: (timed: boolean) => void;
  /** Saying replies in one's own words, offered before the call is answered. */
  replyMode?: { mode: ReplyMode; fixed: boolean; onChange: (mode: ReplyMode) => void };
  onAnswer: () => void;
  /** The last switch that could not be saved (and went back), until a change saves again. */
  saveFailure?: ShownSwitchFailure | null;
}

export function RingingPanel({
  scenario,
  timed,
  timerFixed = false,
  replySeconds,
  onTimedChange,
  replyMode,
  onAnswer,
  saveFailure = null,
}: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  useEffect(() => {
    playSound('ring', { loop: true });
    return () => stopSound('ring');
  }, []);
  return (
    <div className="ringing">
      <CustomerFace
        appearance={scenario.persona.appearance}
        mood={scenario.persona.startingMood}
        label={pick(scenario.persona.name)}
      />
      <p className="ringing-title" role="status">
        {t(`call.ringing.${scenario.channel}`, { name: pick(scenario.persona.name) })}
      </p>
      <p className="briefing">{pick(scenario.briefing)}</p>
      <label className="challenge-toggle">
        <input
          type="checkbox"
          checked={timed}
          disabled={timerFixed}
          onChange={(e) => onTimedChange(e.target.checked)}
        />
        <span>
          <strong>{t('call.challenge')}</strong>
          <span className="hint">{t('call.challengeHint', { seconds: replySeconds })}</span>
        </span>
      </label>
      {replyMode && <ReplyModeToggle {...replyMode} />}
      {/* Outside both labels, so neither switch's name changes; said as it appears. */}
      <p className="hint typed-allowance" aria-live="polite">
        {timed && replyMode?.mode === 'type'
          ? t('typedAndStagedReports.call.typedAllowance', {
              seconds: replySeconds,
              extra: TYPING_SECONDS,
            })
          : null}
      </p>
      {saveFailure && (
        // Keyed by the failure's count: a second failure in a row is announced again.
        <p key={saveFailure.n} role="alert" className="form-error switch-failure">
          {t(`saveFeedback.switch.${saveFailure.kind}`)}
        </p>
      )}
      <button
        type="button"
        className="primary answer"
        autoFocus
        onClick={() => {
          stopSound('ring');
          playSound('pick-up');
          onAnswer();
        }}
      >
        {t(`call.answer.${scenario.channel}`)}
      </button>
      <p className="hint key-hint">{t(`call.answerHint.${scenario.channel}`)}</p>
    </div>
  );
}
