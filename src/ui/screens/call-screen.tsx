import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation } from 'wouter';
import type { ActorRefFrom } from 'xstate';
import type { ConversationMachine } from '../../engine/compile-scenario';
import type { Scenario } from '../../engine/scenario-schema';
import { TIMEOUT } from '../../engine/call-progress';
import { abandonAttempt, markAnswered, setTimed } from '../../storage/attempts';
import { beginCall, cacheSnapshot } from '../../storage/call-session';
import { rememberRecordCounts } from '../../storage/wipe-marker';
import { holdCallLock } from '../../storage/call-lock';
import type { AttemptRecord } from '../../storage/records';
import { ConversationPanel } from '../call/conversation-panel';
import { EndedPanel } from '../call/ended-panel';
import { RingingPanel } from '../call/ringing-panel';
import { TranscriptView } from '../components/transcript-view';
import { CertificationBanner } from '../certification/certification-banner';
import { useLocalized } from '../i18n/use-localized';
import { openCall, type CallActor, type OpenedCall } from './open-call';

type ScreenState = { kind: 'loading' } | { kind: 'locked' } | OpenedCall;

/** Seconds per reply in timed mode when the case does not say otherwise. */
const DEFAULT_REPLY_SECONDS = 45;

export function CallScreen({ profileId, attemptId }: { profileId: string; attemptId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ScreenState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let release = () => undefined as void;
    let actor: CallActor | null = null;
    void (async () => {
      const lock = await holdCallLock(profileId);
      release = lock.release;
      if (!live) return lock.release();
      if (!lock.granted) return setState({ kind: 'locked' });
      const opened = await openCall(attemptId);
      if (opened.kind === 'live') actor = opened.actor;
      if (live) setState(opened);
      else actor?.stop();
    })();
    return () => {
      live = false;
      actor?.stop();
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
    case 'finished':
      return <Redirect to={`/debrief/${state.attempt.id}`} />;
    case 'read-only':
      return (
        <ReadOnlyCall
          attempt={state.attempt}
          reason={state.reason}
          scenario={state.scenario}
          profileId={profileId}
        />
      );
    case 'live':
      return (
        <LiveCall initialAttempt={state.attempt} scenario={state.scenario} actor={state.actor} />
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
}: {
  attempt: AttemptRecord;
  reason: 'abandoned' | 'restart-needed';
  scenario: Scenario | undefined;
  profileId: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const restart = reason === 'restart-needed';
  const startAgain = async (current: Scenario) => {
    await abandonAttempt(attempt.id);
    navigate(`/call/${(await beginCall(profileId, current)).id}`);
  };
  return (
    <section className="screen" aria-labelledby="read-only-title">
      <header className="call-header">
        <h1 id="read-only-title">{pick(attempt.scenarioTitle)}</h1>
        {restart && <span className="tag tag-restart">{t('safety.restartNeededTag')}</span>}
      </header>
      <p role="alert" className="notice-text">
        {restart ? t('call.restartNeeded') : t('call.abandoned')}
      </p>
      <TranscriptView
        entries={attempt.transcript}
        customerName={scenario ? pick(scenario.persona.name) : t('call.customer')}
      />
      <div className="actions">
        {restart && scenario && (
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

function LiveCall({
  initialAttempt,
  scenario,
  actor,
}: {
  initialAttempt: AttemptRecord;
  scenario: Scenario;
  actor: CallActor;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const phase = useSelector(actor, (s) => s.value);
  const conversation = useSelector(actor, (s) => s.children.conversation) as
    ActorRefFrom<ConversationMachine> | undefined;
  const [attempt, setAttempt] = useState(initialAttempt);
  const replySeconds = scenario.replySeconds ?? DEFAULT_REPLY_SECONDS;

  const onRecorded = useCallback(
    (updated: AttemptRecord, choiceId: string) => {
      setAttempt(updated);
      if (updated.status === 'finished') void rememberRecordCounts();
      if (updated.status === 'finished' && updated.certification) {
        // Loaded on demand: the case catalog it needs stays out of the call's first download.
        void import('../certification/award-after-run').then((m) =>
          m.awardAfterRun(updated.profileId),
        );
      }
      actor.send(
        choiceId === TIMEOUT ? { type: 'timer.expired' } : { type: 'learner.choose', choiceId },
      );
      void cacheSnapshot(updated, scenario, actor.getPersistedSnapshot());
    },
    [actor, scenario],
  );

  return (
    <section className={`screen call-screen phase-${phase}`} aria-labelledby="call-title">
      <header className="call-header">
        <h1 id="call-title">{pick(scenario.title)}</h1>
        <span className="tag">{t(`channel.${scenario.channel}`)}</span>
        {attempt.practice && <span className="tag tag-practice">{t('history.practice')}</span>}
        {attempt.timed && <span className="tag tag-timed">{t('call.challenge')}</span>}
        {attempt.certification && (
          <span className="tag tag-certification">{t('certification.runTag')}</span>
        )}
      </header>
      <CertificationBanner attempt={attempt} />
      {phase === 'ringing' ? (
        <RingingPanel
          scenario={scenario}
          timed={attempt.timed}
          timerFixed={Boolean(attempt.certification)}
          replySeconds={replySeconds}
          onTimedChange={(timed) =>
            void setTimed(attempt.id, timed).then((a) => a && setAttempt(a))
          }
          onAnswer={() => {
            actor.send({ type: 'call.answer' });
            void markAnswered(attempt.id);
            void cacheSnapshot(attempt, scenario, actor.getPersistedSnapshot());
          }}
        />
      ) : conversation ? (
        <ConversationPanel
          scenario={scenario}
          conversation={conversation}
          attempt={attempt}
          replySeconds={replySeconds}
          onRecorded={onRecorded}
          onAttemptChange={setAttempt}
        />
      ) : (
        <EndedPanel
          attempt={attempt}
          scenario={scenario}
          onDebrief={() => {
            actor.send({ type: 'call.openDebrief' });
            navigate(`/debrief/${attempt.id}`);
          }}
        />
      )}
    </section>
  );
}
