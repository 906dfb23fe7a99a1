import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation } from 'wouter';
import type { ActorRefFrom } from 'xstate';
import type { ConversationMachine } from '../../engine/compile-scenario';
import { isAgitated } from '../../engine/mood';
import { indexScenario } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import { cacheSnapshot, recordReply } from '../../storage/call-session';
import { holdCallLock } from '../../storage/call-lock';
import type { AttemptRecord } from '../../storage/records';
import { CustomerFace } from '../components/customer-face';
import { MoodMeters } from '../components/mood-meters';
import { ReplyButtons } from '../components/reply-buttons';
import { TranscriptView } from '../components/transcript-view';
import { useLocalized } from '../i18n/use-localized';
import { openCall, type CallActor, type OpenedCall } from './open-call';

type ScreenState = { kind: 'loading' } | { kind: 'locked' } | OpenedCall;

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
        <ReadOnlyCall attempt={state.attempt} reason={state.reason} scenario={state.scenario} />
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
}: {
  attempt: AttemptRecord;
  reason: 'abandoned' | 'restart-needed';
  scenario: Scenario | undefined;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <section className="screen">
      <h1>{pick(attempt.scenarioTitle)}</h1>
      <p role="alert" className="notice-text">
        {reason === 'abandoned' ? t('call.abandoned') : t('call.restartNeeded')}
      </p>
      <TranscriptView
        entries={attempt.transcript}
        customerName={scenario ? pick(scenario.persona.name) : t('call.customer')}
      />
      <Link href="/library" className="button">
        {t('call.backToLibrary')}
      </Link>
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
  const phase = useSelector(actor, (s) => s.value);
  const conversation = useSelector(actor, (s) => s.children.conversation) as
    ActorRefFrom<ConversationMachine> | undefined;
  const [attempt, setAttempt] = useState(initialAttempt);
  const customerName = pick(scenario.persona.name);

  return (
    <section className={`screen call-screen phase-${phase}`} aria-labelledby="call-title">
      <header className="call-header">
        <h1 id="call-title">{pick(scenario.title)}</h1>
        <span className="tag">{t(`channel.${scenario.channel}`)}</span>
      </header>
      {phase === 'ringing' ? (
        <Ringing scenario={scenario} onAnswer={() => actor.send({ type: 'call.answer' })} />
      ) : conversation ? (
        <Conversation
          scenario={scenario}
          conversation={conversation}
          attempt={attempt}
          onRecorded={(updated, choiceId) => {
            setAttempt(updated);
            actor.send({ type: 'learner.choose', choiceId });
            void cacheSnapshot(updated, scenario, actor.getPersistedSnapshot());
          }}
        />
      ) : (
        <Ended
          attempt={attempt}
          customerName={customerName}
          scenario={scenario}
          onDebrief={() => actor.send({ type: 'call.openDebrief' })}
        />
      )}
    </section>
  );
}

function Ringing({ scenario, onAnswer }: { scenario: Scenario; onAnswer: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="ringing">
      <CustomerFace
        appearance={scenario.persona.appearance}
        mood={scenario.persona.startingMood}
        label={pick(scenario.persona.name)}
      />
      <p className="ringing-title" role="status">
        {t(`call.ringing.${scenario.channel}`)}
      </p>
      <p className="briefing">{pick(scenario.briefing)}</p>
      <button type="button" className="primary answer" autoFocus onClick={onAnswer}>
        {t('call.answer')}
      </button>
      <p className="hint">{t('call.answerHint')}</p>
    </div>
  );
}

function Conversation({
  scenario,
  conversation,
  attempt,
  onRecorded,
}: {
  scenario: Scenario;
  conversation: ActorRefFrom<ConversationMachine>;
  attempt: AttemptRecord;
  onRecorded: (attempt: AttemptRecord, choiceId: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const progress = useSelector(conversation, (s) => s.context.progress);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const node = indexScenario(scenario).node(progress.nodeId);
  const agitated = isAgitated(progress.mood, scenario.persona);
  const customerName = pick(scenario.persona.name);

  const choose = useCallback(
    async (choiceId: string) => {
      setBusy(true);
      setFailed(false);
      try {
        onRecorded(await recordReply(attempt, scenario, progress, choiceId), choiceId);
      } catch {
        setFailed(true);
      } finally {
        setBusy(false);
      }
    },
    [attempt, scenario, progress, onRecorded],
  );

  return (
    <div className="call-layout">
      <aside className="customer-panel" aria-label={t('call.customer')}>
        <CustomerFace
          appearance={scenario.persona.appearance}
          mood={progress.mood}
          label={`${customerName}, ${agitated ? t('call.agitated') : t('call.calm')}`}
        />
        <p className="customer-name">{customerName}</p>
        <MoodMeters mood={progress.mood} agitated={agitated} />
      </aside>
      <div className="conversation">
        <TranscriptView entries={attempt.transcript} customerName={customerName} />
        {failed && (
          <p role="alert" className="form-error">
            {t('call.saveFailed')}
          </p>
        )}
        {node?.kind === 'decision' && (
          <ReplyButtons replies={node.choices} disabled={busy} onChoose={(id) => void choose(id)} />
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

function Ended({
  attempt,
  customerName,
  scenario,
  onDebrief,
}: {
  attempt: AttemptRecord;
  customerName: string;
  scenario: Scenario;
  onDebrief: () => void;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const last = attempt.turns.at(-1);
  return (
    <div className="call-layout">
      <aside className="customer-panel" aria-label={t('call.customer')}>
        <CustomerFace
          appearance={scenario.persona.appearance}
          mood={last?.mood ?? scenario.persona.startingMood}
          label={customerName}
        />
        <p className="customer-name">{customerName}</p>
      </aside>
      <div className="conversation">
        <TranscriptView entries={attempt.transcript} customerName={customerName} />
        <div className="ended" role="status">
          <p className="ended-title">{t('call.ended')}</p>
          {attempt.outcome && (
            <p className={`outcome outcome-${attempt.outcome}`}>
              {t(`outcome.${attempt.outcome}`)}
            </p>
          )}
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => {
              onDebrief();
              navigate(`/debrief/${attempt.id}`);
            }}
          >
            {t('call.openDebrief')}
          </button>
        </div>
      </div>
    </div>
  );
}
