import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cueMoment } from '../../engine/cue-moment';
import { spotCue } from '../../app/calls/spot-cue';
import type { AttemptRecord } from '../../engine/records/attempt';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  attempt: AttemptRecord;
  /** Only the call's own trainee marks its cue; trainers and HR see the answer without asking. */
  mayMark: boolean;
  onAttemptChange: (attempt: AttemptRecord) => void;
}

/**
 * Cue spotting, then the cue moment: first the trainee says which line revealed what the customer
 * really wanted; only then is the answer shown, with what their reply did with it.
 */
export function CuePanel({ attempt, mayMark, onAttemptChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [choice, setChoice] = useState<number | null>(null);
  const customerLines = attempt.transcript
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.speaker === 'customer');
  const moment = cueMoment(attempt.transcript, attempt.turns);
  const name = attempt.customer ? pick(attempt.customer.name) : t('call.customer');

  if (!attempt.cueSpot && mayMark) {
    return (
      <form
        className="cue-spotting"
        onSubmit={(event) => {
          event.preventDefault();
          if (choice !== null) void spotCue(attempt, choice).then(onAttemptChange);
        }}
      >
        <fieldset>
          <legend>{t('debrief.spotQuestion', { name })}</legend>
          <ul className="cue-options">
            {customerLines.map(({ e, i }) => (
              <li key={i}>
                <label>
                  <input
                    type="radio"
                    name="cue"
                    value={i}
                    checked={choice === i}
                    onChange={() => setChoice(i)}
                  />
                  <span>{pick(e.text)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="primary" disabled={choice === null}>
          {t('debrief.spotSubmit')}
        </button>
      </form>
    );
  }

  const spot = attempt.cueSpot;
  const marked = spot ? attempt.transcript[spot.entry] : undefined;
  return (
    <div className="cue-moment">
      {spot ? (
        <p className={spot.correct ? 'verdict good' : 'verdict poor'}>
          {spot.correct ? t('debrief.spotRight') : t('debrief.spotWrong')}
        </p>
      ) : (
        <p className="muted">{t('debrief.cueNotMarked')}</p>
      )}
      {spot && !spot.correct && marked && (
        <p className="muted">
          {t('debrief.youMarked')}“{pick(marked.text)}”
        </p>
      )}
      {moment ? (
        <>
          <blockquote className="key-line">
            <span className="speaker">{name}</span>“{pick(attempt.transcript[moment.entry]!.text)}”
          </blockquote>
          {attempt.customer && (
            <p>
              <strong>{t('debrief.realExpectation')}</strong>
              {pick(attempt.customer.realExpectation)}
            </p>
          )}
          <p className={`verdict ${moment.verdict === 'acted' ? 'good' : 'poor'}`}>
            {t(`debrief.cueVerdict.${moment.verdict}`)}
          </p>
          {moment.response && (
            <p className="muted">
              {t('debrief.labelled', { label: t('debrief.yourReply') })}
              {pick(moment.response.reply)}
            </p>
          )}
        </>
      ) : (
        // The ending paragraph above already says the call never reached the key cue.
        attempt.customer && (
          <p>
            <strong>{t('debrief.realExpectation')}</strong>
            {pick(attempt.customer.realExpectation)}
          </p>
        )
      )}
    </div>
  );
}
