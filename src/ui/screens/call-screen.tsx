import { useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation } from 'wouter';
import { createActor } from 'xstate';
import type { CallSnapshot } from '../../engine/conversation';
import { machineFor, nodeOf } from '../../engine/conversation';
import { channelAt } from '../../engine/stages';
import { replySeconds } from '../../engine/policies';
import type { Scenario } from '../../engine/scenario-schema';
import { beginCall } from '../../app/calls/begin-call';
import {
  abandonCall,
  answerCall,
  holdCallLock,
  noteFinishedCall,
  setCallTimed,
} from '../../app/calls/call-controls';
import { setCallReplyMode } from '../../app/calls/reply-mode';
import type { AttemptRecord } from '../../engine/records/attempt';
import { ConversationPanel } from '../call/conversation-panel';
import { EndedPanel } from '../call/ended-panel';
import { useBeforeAnswerChange } from '../call/before-answer-change';
import { RingingPanel } from '../call/ringing-panel';
import { StageInterlude } from '../call/stage-interlude';
import { useStageInterlude } from '../call/use-stage-interlude';
import { TranscriptView } from '../components/transcript-view';
import { useLocalized } from '../i18n/use-localized';
import type { ReadOnlyReason } from '../../app/calls/resume-call';
import { whenIdle } from '../when-idle';
import { openCall, type OpenedCall } from './open-call';

// Shown to few calls, so downloaded only for them: a refusal, a certification run's banner, and
// the letter desk of a written reply.
const LetterDesk = lazy(() =>
  import('../letter/letter-desk').then((m) => ({ default: m.LetterDesk })),
);
const CallRefused = lazy(() =>
  import('../call/call-refused').then((m) => ({ default: m.CallRefused })),
);
const CertificationBanner = lazy(() =>
  import('../certification/certification-banner').then((m) => ({
    default: m.CertificationBanner,
  })),
);

type ScreenState = { kind: 'loading' } | { kind: 'locked' } | OpenedCall;

export function CallScreen({ profileId, attemptId }: { profileId: string; attemptId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ScreenState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let release = () => undefined as void;
    void (async () => {
      const lock = await holdCallLock(profileId);
      release = lock.release;
      if (!live) return lock.release();
      if (!lock.granted) return setState({ kind: 'locked' });
      const opened = await openCall(attemptId);
      if (live) setState(opened);
    })();
    return () => {
      live = false;
      release();
    };
  }, [profileId, attemptId]);

  switch (state.kind) {
    case 'loading':
      return (
        <p className="screen" role="status">
          {t('call.loading')}
        </p>
      );
    case 'locked':
      return <Notice text={t('call.lockedElsewhere')} />;
    case 'not-found':
      return <Notice text={t('call.notFound')} />;
    case 'refused':
      return (
        <Suspense fallback={null}>
          <CallRefused />
        </Suspense>
      );
    case 'finished':
      return <Redirect to={`/debrief/${state.attempt.id}`} />;
    case 'read-only':
      return (
        <ReadOnlyCall
          attempt={state.attempt}
          reason={state.reason}
          scenario={state.scenario}
          profileId={profileId}
          mayRestart={state.mayRestart}
        />
      );
    case 'live':
      return (
        <LiveCall
          initialAttempt={state.attempt}
          scenario={state.scenario}
          initialCall={state.call}
        />
      );
  }
}

function Notice({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section className="screen notice">
      <p role="alert">{text}</p>
      <Link href="/library" className="button">
        {t('call.backToLibrary')}
      </Link>
    </section>
  );
}

function ReadOnlyCall({
  attempt,
  reason,
  scenario,
  profileId,
  mayRestart,
}: {
  attempt: AttemptRecord;
  reason: Exclude<ReadOnlyReason, 'finished'>;
  scenario: Scenario | undefined;
  profileId: string;
  mayRestart: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const restart = reason !== 'abandoned';
  const startAgain = async (current: Scenario) => {
    await abandonCall(attempt.id);
    navigate(`/call/${(await beginCall(profileId, current)).id}`);
  };
  return (
    <section className="screen" aria-labelledby="read-only-title">
      <header className="call-header">
        <h1 id="read-only-title">{pick(attempt.scenarioTitle)}</h1>
        {restart && <span className="tag tag-restart">{t('safety.restartNeededTag')}</span>}
      </header>
      <p role="alert" className="notice-text">
        {reason === 'model-changed'
          ? t('call.modelChanged')
          : restart
            ? t('call.restartNeeded')
            : t('call.abandoned')}
      </p>
      <TranscriptView
        entries={attempt.transcript}
        customerName={scenario ? pick(scenario.persona.name) : t('call.customer')}
      />
      <div className="actions">
        {restart && scenario && mayRestart && (
          <button type="button" className="primary" onClick={() => void startAgain(scenario)}>
            {t('call.startAgain')}
          </button>
        )}
        <Link href="/library" className="button">
          {t('call.backToLibrary')}
        </Link>
      </div>
    </section>
  );
}

/**
 * The live actor of the call on screen. It is only ever restored from a machine state that is
 * already on record (`adopt`), never sent a reply: the use-cases compute the next state with the
 * machine's pure transition and commit it first.
 */
function useCommittedCall(scenario: Scenario, initial: CallSnapshot) {
  const [actor, setActor] = useState(() =>
    createActor(machineFor(scenario), { snapshot: initial }),
  );
  useEffect(() => {
    actor.start();
    return () => {
      actor.stop();
    };
  }, [actor]);
  const adopt = useCallback(
    (committed: CallSnapshot) =>
      setActor(createActor(machineFor(scenario), { snapshot: committed })),
    [scenario],
  );
  return [actor, adopt] as const;
}

function LiveCall({
  initialAttempt,
  scenario,
  initialCall,
}: {
  initialAttempt: AttemptRecord;
  scenario: Scenario;
  initialCall: CallSnapshot;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const [actor, adopt] = useCommittedCall(scenario, initialCall);
  const call = useSelector(actor, (s) => s);
  const phase = typeof call.value === 'object' ? 'inCall' : call.value;
  const [attempt, setAttempt] = useState(initialAttempt);
  // A case spanning several contacts: as a later one opens, the time that passed is shown first.
  const at = phase === 'inCall' ? nodeOf(call) : null;
  const { interlude, pass } = useStageInterlude(scenario, call);
  const { change: changeBeforeAnswer, failure: switchFailure } = useBeforeAnswerChange(
    attempt,
    setAttempt,
  );

  const onRecorded = useCallback(
    (updated: AttemptRecord, committed: CallSnapshot) => {
      setAttempt(updated);
      adopt(committed);
      // The wiped-database marker's recount waits until the call's end is on screen.
      if (updated.status === 'finished') whenIdle(() => void noteFinishedCall());
      if (updated.status === 'finished' && updated.certification) {
        // Loaded on demand: the case catalog it needs stays out of the call's first download.
        void import('../certification/award-after-run').then((m) =>
          m.awardAfterRun(updated.profileId),
        );
      }
    },
    [adopt],
  );

  return (
    <section className={`screen call-screen phase-${phase}`} aria-labelledby="call-title">
      <header className="call-header">
        <h1 id="call-title">{pick(scenario.title)}</h1>
        <span className="tag">
          {t(`channel.${at ? channelAt(scenario, at) : scenario.channel}`)}
        </span>
        {attempt.practice && <span className="tag tag-practice">{t('history.practice')}</span>}
        {attempt.timed && <span className="tag tag-timed">{t('call.challenge')}</span>}
        {attempt.replyMode === 'type' && (
          <span className="tag tag-typed">{t('typedReply.call.modeTag')}</span>
        )}
        {attempt.certification && (
          <span className="tag tag-certification">{t('certification.runTag')}</span>
        )}
      </header>
      {attempt.certification && (
        <Suspense fallback={null}>
          <CertificationBanner attempt={attempt} />
        </Suspense>
      )}
      {scenario.kind === 'written-reply' ? (
        <Suspense fallback={null}>
          <LetterDesk
            phase={phase}
            scenario={scenario}
            call={call}
            attempt={attempt}
            onBegin={() => void answerCall(attempt, scenario, call).then(adopt)}
            onRecorded={onRecorded}
            onDebrief={() => navigate(`/debrief/${attempt.id}`)}
          />
        </Suspense>
      ) : phase === 'ringing' ? (
        <RingingPanel
          scenario={scenario}
          timed={attempt.timed}
          timerFixed={Boolean(attempt.certification)}
          replySeconds={replySeconds(scenario, attempt.replyMode)}
          onTimedChange={(timed) =>
            changeBeforeAnswer({ timed }, () => setCallTimed(attempt.id, timed))
          }
          saveFailure={switchFailure}
          // A certification run keeps the mode its program set: shown only when it asks for typing.
          replyMode={
            attempt.certification && attempt.replyMode !== 'type'
              ? undefined
              : {
                  mode: attempt.replyMode ?? 'choose',
                  fixed: Boolean(attempt.certification),
                  onChange: (mode) =>
                    changeBeforeAnswer({ replyMode: mode }, () =>
                      setCallReplyMode(attempt.id, mode),
                    ),
                }
          }
          onAnswer={() => void answerCall(attempt, scenario, call).then(adopt)}
        />
      ) : interlude ? (
        <StageInterlude
          stage={interlude}
          n={scenario.stages!.indexOf(interlude) + 1}
          total={scenario.stages!.length}
          onContinue={pass}
        />
      ) : phase === 'inCall' ? (
        <ConversationPanel
          scenario={scenario}
          call={call}
          attempt={attempt}
          replySeconds={replySeconds(scenario, attempt.replyMode)}
          onRecorded={onRecorded}
          onAttemptChange={setAttempt}
        />
      ) : (
        <EndedPanel
          attempt={attempt}
          scenario={scenario}
          onDebrief={() => navigate(`/debrief/${attempt.id}`)}
        />
      )}
    </section>
  );
}
