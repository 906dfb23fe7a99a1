import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lineKey } from '../../engine/attempt-log';
import { TIMEOUT } from '../../engine/call-progress';
import type { CallSnapshot } from '../../engine/conversation';
import type { TypedReply } from '../../engine/detect/typed-reply';
import { isAgitated } from '../../engine/mood';
import { prosodyFor } from '../../engine/prosody';
import { replyOrderSeed, shownReplies } from '../../engine/reply-order';
import { indexScenario } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import { recordReply } from '../../app/calls/record-reply';
import { spotCue } from '../../app/calls/spot-cue';
import { isQuotaError, recordingsFor } from '../../app/calls/call-controls';
import type { AttemptRecord } from '../../engine/records/attempt';
import { CustomerFace } from '../components/customer-face';
import { MoodMeters } from '../components/mood-meters';
import { ReplyButtons } from '../components/reply-buttons';
import { TranscriptView } from '../components/transcript-view';
import { useLocalized } from '../i18n/use-localized';
import { playSound, stopSound } from '../audio/sound';
import { playRecordings, stopRecordings } from '../audio/play-recordings';
import { speak, stopSpeaking } from '../audio/speech';
import { useLoaded } from '../hooks/use-loaded';
import { afterNextPaint } from '../when-idle';
import { ReplyTimer } from './reply-timer';

// Only a call said in the trainee's own words downloads the text box, the detector and its lists.
const TypedReplyPanel = lazy(() => import('./typed-reply-panel'));

/** How long the hold music plays when the trainee puts the customer on hold. */
const HOLD_MS = 3000;
/** A reply's save that takes longer than this shows that it is saving. */
const SAVING_SHOWN_AFTER_MS = 300;

interface Props {
  scenario: Scenario;
  /** The call's machine state, as committed. */
  call: CallSnapshot;
  attempt: AttemptRecord;
  replySeconds: number;
  onRecorded: (attempt: AttemptRecord, call: CallSnapshot) => void;
  onAttemptChange: (attempt: AttemptRecord) => void;
}

export function ConversationPanel({
  scenario,
  call,
  attempt,
  replySeconds,
  onRecorded,
  onAttemptChange,
}: Props) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const { progress } = call.context;
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState<false | 'quota' | 'other'>(false);
  const node = indexScenario(scenario).node(progress.nodeId);
  const agitated = isAgitated(progress.mood, scenario.persona);
  const customerName = pick(scenario.persona.name);
  // A certification run gives no feedback until the end: the face and meters stay as they started.
  const assessed = Boolean(attempt.certification);

  const recordings = useLoaded(() => recordingsFor(scenario.id), scenario.id);
  const spoken = useRef(0);
  useEffect(() => {
    if (recordings.state === 'loading') return;
    const { transcript, turns } = attempt;
    if (spoken.current === transcript.length) return;
    const lastTurn = transcript.at(-1)?.turn ?? 0;
    const latest = transcript.filter((e) => e.turn === lastTurn && e.speaker === 'customer');
    // A trainer's own recording of a line is played in place of the synthetic voice.
    const clips =
      recordings.state === 'ready'
        ? latest.flatMap((e) => {
            const clip =
              e.line && recordings.value.get(lineKey(scenario.id, e.line.node, e.line.index));
            return clip ? [clip] : [];
          })
        : [];
    const words = latest.map((e) => e.text[locale]).join(' ');
    const mood = turns.at(-1)?.mood ?? scenario.persona.startingMood;
    // The customer's voice starts once their new line is painted, not before it.
    return afterNextPaint(() => {
      spoken.current = transcript.length;
      if (clips.length > 0) playRecordings(clips);
      else if (words) speak(words, locale, prosodyFor(mood));
    });
  }, [attempt, locale, scenario, recordings]);
  useEffect(
    () => () => {
      stopSpeaking();
      stopRecordings();
    },
    [],
  );

  // One reply at a time: a second click, or the timer running out while a reply is being saved,
  // is ignored (the storage refuses a repeated step too).
  const saving = useRef(false);
  const choose = useCallback(
    async (choiceId: string, typed?: TypedReply) => {
      if (saving.current) return;
      saving.current = true;
      stopSpeaking();
      stopRecordings();
      const behaviours = typed
        ? typed.behaviours
        : node?.kind === 'decision'
          ? (node.choices.find((c) => c.id === choiceId)?.behaviours ?? [])
          : [];
      if (behaviours.includes('hold')) {
        playSound('hold');
        setTimeout(() => stopSound('hold'), HOLD_MS);
      }
      // The click itself re-renders nothing: the replies are disabled and "saving" is shown only
      // when the save is slow, so a quick one paints just its result.
      const slow = setTimeout(() => setBusy(true), SAVING_SHOWN_AFTER_MS);
      setFailed(false);
      try {
        const recorded = await recordReply(attempt, scenario, call, choiceId, typed);
        // One ordinary render, not flushSync: a synchronous render would also run every effect
        // of the new state (the new actor's start, subscriptions) before the line is painted.
        onRecorded(recorded.attempt, recorded.call);
        setBusy(false);
      } catch (error) {
        setFailed(isQuotaError(error) ? 'quota' : 'other');
        setBusy(false);
      } finally {
        clearTimeout(slow);
        saving.current = false;
      }
    },
    [attempt, scenario, call, onRecorded, node],
  );
  const expire = useCallback(() => void choose(TIMEOUT), [choose]);
  const mark = async (entry: number) => onAttemptChange(await spotCue(attempt, entry));

  return (
    <div className="call-layout">
      <aside className="customer-panel" aria-label={t('call.customer')}>
        <CustomerFace
          appearance={scenario.persona.appearance}
          mood={assessed ? scenario.persona.startingMood : progress.mood}
          label={
            assessed
              ? customerName
              : `${customerName}, ${agitated ? t('call.agitated') : t('call.calm')}`
          }
        />
        <p className="customer-name">{customerName}</p>
        {!assessed && <MoodMeters mood={progress.mood} agitated={agitated} />}
      </aside>
      <div className="conversation">
        <TranscriptView
          entries={attempt.transcript}
          customerName={customerName}
          {...(attempt.timed
            ? {
                cueMarking: {
                  marked: attempt.cueSpot?.entry ?? null,
                  onMark: (e: number) => void mark(e),
                },
              }
            : {})}
        />
        {failed && (
          <p role="alert" className="form-error">
            {failed === 'quota' ? t('call.storageFull') : t('call.saveFailed')}
          </p>
        )}
        {attempt.timed && node?.kind === 'decision' && !failed && (
          <ReplyTimer
            key={attempt.choices.length}
            seconds={replySeconds}
            paused={busy || asking}
            onExpire={expire}
            {...(attempt.replyMode === 'type'
              ? {
                  allowance: t('typedAndStagedReports.call.timerTyped', { seconds: replySeconds }),
                }
              : {})}
          />
        )}
        {node?.kind === 'decision' && attempt.replyMode === 'type' && (
          <Suspense fallback={<p role="status">{t('call.loading')}</p>}>
            <TypedReplyPanel
              // A fresh box for each decision point; a reply that failed to save keeps its words.
              key={attempt.choices.length}
              scenario={scenario}
              call={call}
              attempt={attempt}
              busy={busy}
              onCommit={(choiceId, typed) => void choose(choiceId, typed)}
              onAskingChange={setAsking}
            />
          </Suspense>
        )}
        {node?.kind === 'decision' && attempt.replyMode !== 'type' && (
          <ReplyButtons
            replies={shownReplies(node, replyOrderSeed(attempt))}
            disabled={busy}
            onChoose={(id) => void choose(id)}
          />
        )}
        {busy && (
          <p role="status" className="hint">
            {t('call.saving')}
          </p>
        )}
      </div>
    </div>
  );
}
