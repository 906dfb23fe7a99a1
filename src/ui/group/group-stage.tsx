import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  discussionPrompts,
  follow,
  groupPosition,
  hotSeatParticipant,
  majority,
  openDecision,
  previewReply,
  voteSplit,
  type Preview,
} from '../../engine/group-session';
import { isAgitated } from '../../engine/mood';
import { replyOrderSeed, shownReplies } from '../../engine/reply-order';
import { indexScenario } from '../../engine/scenario-index';
import { stageIndexOf, stageOf } from '../../engine/stages';
import type { Scenario } from '../../engine/scenario-schema';
import {
  answerInHotSeat,
  countVote,
  getGroupSession,
  notePreviewed,
  saveDecision,
  undoHotSeat,
} from '../../app/group-sessions/group-sessions';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import type { GroupSessionRecord } from '../../engine/records/group-session';
import { CustomerFace } from '../components/customer-face';
import { StorageFailureNotice, type StorageAction } from '../components/storage-failure';
import { MoodMeters } from '../components/mood-meters';
import { useLocalized } from '../i18n/use-localized';
import { FullScreenButton } from './full-screen-button';
import { GroupLetter } from './group-letter';
import { PreviewPanel } from './preview-panel';
import { StageLabel } from './stage-label';
import { useStageKeys } from './use-stage-keys';

interface Props {
  session: GroupSessionRecord;
  scenario: Scenario;
  onChange: (session: GroupSessionRecord) => void;
}

/** A write that did not happen, and how to try it again. */
interface Unsaved {
  failure: StorageFailure;
  action: StorageAction;
  retry: () => void;
}

/**
 * One decision point on the projector: the customer's words, the room's discussion and vote.
 * Every count shown is the stored one: a vote shows once it is written, so a failed write changes
 * nothing on screen and says so, and votes counted in another tab show with the next one here.
 */
export function GroupStage({ session, scenario, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const stage = useRef<HTMLElement>(null);
  const decided = session.turns;
  const position = useMemo(() => groupPosition(scenario, decided), [scenario, decided]);
  const node = position.node!;
  // The room sees its own order (stable for the session); the number keys follow it.
  const replies = shownReplies(node, replyOrderSeed(session));
  const open = session.open ?? openDecision();
  const [undoStack, setUndoStack] = useState<string[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [showPrompts, setShowPrompts] = useState(true);
  const [unsaved, setUnsaved] = useState<Unsaved | null>(null);
  const [busy, setBusy] = useState(false);
  /** Numbers the writes, so only the latest one's answer is shown. */
  const writes = useRef(0);

  const hotSeat = session.mode === 'hot-seat';
  const answering = hotSeat ? hotSeatParticipant(session.participants, decided, open) : null;
  const split = voteSplit(node, open);
  const leader = majority(split);
  const total = split.reduce((n, s) => n + s.count, 0);
  const mood = position.progress.mood;
  const prompts = discussionPrompts(scenario, node, mood, position.progress.facts);
  const lastReply = position.turns.at(-1);
  const lastReplyText = lastReply && indexScenario(scenario).choice(lastReply.choice)?.choice.text;
  // A written reply is composed on the projector as a letter; a staged case names its contact.
  const letter = scenario.kind === 'written-reply';
  const contact = stageOf(scenario, node.id);

  const write = (
    action: StorageAction,
    save: () => Promise<GroupSessionRecord>,
    saved?: () => void,
  ) => {
    const n = ++writes.current;
    const attempt = () =>
      save().then(
        (stored) => {
          setUnsaved(null);
          saved?.();
          if (n === writes.current) onChange(stored);
        },
        (error: unknown) =>
          setUnsaved({ failure: classifyStorageFailure(error), action, retry: attempt }),
      );
    void attempt();
  };
  const pickReply = (index: number) => {
    const choice = replies[index];
    if (!choice) return;
    if (hotSeat && answering)
      write('groupVote', () => answerInHotSeat(session.id, decided.length, answering, choice.id));
    else if (!hotSeat) {
      write(
        'groupVote',
        () => countVote(session.id, decided.length, choice.id, 1),
        () => setUndoStack((stack) => [...stack, choice.id]),
      );
    }
  };
  const undo = () => {
    if (hotSeat) {
      const shown = open.hotSeat.length;
      if (shown > 0) write('groupVote', () => undoHotSeat(session.id, decided.length, shown));
      return;
    }
    const last = undoStack.at(-1);
    if (!last) return;
    write(
      'groupVote',
      () => countVote(session.id, decided.length, last, -1),
      () => setUndoStack((stack) => stack.slice(0, -1)),
    );
  };
  const removeVote = (choiceId: string) => {
    write(
      'groupVote',
      () => countVote(session.id, decided.length, choiceId, -1),
      () =>
        setUndoStack((stack) => {
          const at = stack.lastIndexOf(choiceId);
          return at >= 0 ? stack.filter((_, i) => i !== at) : stack;
        }),
    );
  };
  const followReply = async (choiceId: string) => {
    setBusy(true);
    try {
      const next = follow(scenario, decided, open, choiceId);
      const endingId = groupPosition(scenario, next).endingId;
      onChange(await saveDecision(session.id, session.revision ?? 0, next.at(-1)!, endingId));
    } catch (error) {
      setUnsaved({
        failure: classifyStorageFailure(error),
        action: 'groupDecision',
        retry: () => void followReply(choiceId),
      });
      setBusy(false);
    }
  };
  const showPreview = (choiceId: string) => {
    setPreview(previewReply(scenario, decided, choiceId));
    write('groupVote', () => notePreviewed(session.id, decided.length, choiceId));
  };

  // Back on this tab (the projector after counting elsewhere): show the session as stored.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      const n = writes.current;
      void getGroupSession(session.id).then((stored) => {
        if (stored && n === writes.current) onChange(stored);
      });
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [session.id, onChange]);

  useStageKeys(!preview && !busy, pickReply, undo);

  const numberOf = (choiceId: string) => replies.findIndex((c) => c.id === choiceId) + 1;

  return (
    <section ref={stage} className="screen projector" aria-labelledby="stage-title">
      <header className="stage-header">
        <div>
          <p className="eyebrow">
            {pick(scenario.title)}
            {contact && (
              <>
                {' · '}
                <StageLabel
                  stage={contact}
                  n={stageIndexOf(scenario, node.id) + 1}
                  total={scenario.stages!.length}
                />
              </>
            )}
          </p>
          <h1 id="stage-title">
            {letter
              ? t('stagesElsewhere.group.paragraphPoint', { n: decided.length + 1 })
              : t('group.decisionPoint', { n: decided.length + 1 })}
          </h1>
        </div>
        <FullScreenButton target={stage} />
      </header>
      {unsaved && (
        <StorageFailureNotice
          failure={unsaved.failure}
          action={unsaved.action}
          onRetry={unsaved.retry}
        />
      )}
      <div className="stage-grid">
        <div className="stage-customer">
          {letter ? (
            <GroupLetter scenario={scenario} position={position} />
          ) : (
            <>
              {lastReplyText && (
                <p className="we-said">
                  <span className="we-said-label">{t('group.weSaid')}</span>
                  {pick(lastReplyText)}
                </p>
              )}
              <div className="stage-persona">
                <CustomerFace
                  appearance={scenario.persona.appearance}
                  mood={mood}
                  label={pick(scenario.persona.name)}
                />
                <div>
                  <h2>{t('group.customerSays', { name: pick(scenario.persona.name) })}</h2>
                  <MoodMeters mood={mood} agitated={isAgitated(mood, scenario.persona)} />
                </div>
              </div>
              <div className="stage-lines">
                {position.lines.map((line, i) => (
                  <p key={i} className="stage-line">
                    {pick(line.text)}
                  </p>
                ))}
              </div>
            </>
          )}
          <section className="stage-prompts" aria-labelledby="prompts-title">
            <div className="stage-prompts-head">
              <h2 id="prompts-title">{t('group.prompts')}</h2>
              <button
                type="button"
                aria-expanded={showPrompts}
                aria-controls="prompts-list"
                onClick={() => setShowPrompts(!showPrompts)}
              >
                {showPrompts ? t('group.hidePrompts') : t('group.showPrompts')}
              </button>
            </div>
            {showPrompts && (
              <ol id="prompts-list" className="prompt-list">
                {prompts.map((p, i) => (
                  <li key={i}>
                    {p.line && <q className="prompt-line">{pick(p.line)}</q>}
                    <span>{pick(p.question)}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <div className="stage-replies">
          <h2>{t('group.replies')}</h2>
          {answering && (
            <p className="now-answering" aria-live="polite">
              {t('group.nowAnswering', { name: answering })}
            </p>
          )}
          <ol className="vote-list">
            {replies.map((choice, i) => {
              const share = split.find((s) => s.choiceId === choice.id)!;
              return (
                <li
                  key={choice.id}
                  data-choice={choice.id}
                  className={`vote-card${revealed && leader === choice.id ? ' is-leader' : ''}`}
                >
                  <div className="vote-main">
                    <span className="vote-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <p className="vote-text">
                      {pick(choice.text)}
                      {choice.send && (
                        <span className="tag tag-letter">{t('stagesElsewhere.group.sendTag')}</span>
                      )}
                    </p>
                  </div>
                  <div className="vote-row">
                    <div className="vote-controls">
                      {hotSeat ? (
                        answering && (
                          <button type="button" onClick={() => pickReply(i)}>
                            {t('group.choose', { name: answering })}
                          </button>
                        )
                      ) : (
                        <>
                          <button
                            type="button"
                            className="vote-step"
                            aria-label={t('group.removeVote', { n: i + 1 })}
                            disabled={share.count === 0}
                            onClick={() => removeVote(choice.id)}
                          >
                            −
                          </button>
                          <button
                            type="button"
                            className="vote-step"
                            aria-label={t('group.addVote', { n: i + 1 })}
                            onClick={() => pickReply(i)}
                          >
                            +
                          </button>
                        </>
                      )}
                      <output className="vote-count" aria-live="polite">
                        {t('group.votes', { count: share.count })}
                      </output>
                    </div>
                    {revealed && (
                      <>
                        <div
                          className="vote-bar"
                          role="img"
                          aria-label={`${i + 1}: ${share.percent}%`}
                        >
                          <span style={{ width: `${share.percent}%` }} />
                          <strong>{share.percent}%</strong>
                        </div>
                        <div className="vote-actions">
                          <button
                            type="button"
                            disabled={busy}
                            onClick={() => void followReply(choice.id)}
                          >
                            {t('group.followThis')}
                          </button>
                          <button type="button" onClick={() => showPreview(choice.id)}>
                            {t('group.whatIf')}
                          </button>
                        </div>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
          <p className="hint">{hotSeat ? t('group.hotSeatKeysHint') : t('group.keysHint')}</p>
          {hotSeat && open.hotSeat.length > 0 && (
            <div className="hot-seat-answers">
              <h3>{t('group.answers')}</h3>
              <ul>
                {open.hotSeat.map((a, i) => (
                  <li key={i}>
                    {a.participant} → {numberOf(a.choiceId)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="actions">
            <span className="vote-total">{t('group.totalVotes', { count: total })}</span>
            <button
              type="button"
              onClick={undo}
              disabled={hotSeat ? open.hotSeat.length === 0 : undoStack.length === 0}
            >
              {t('group.undo')}
            </button>
            {!revealed ? (
              <button type="button" className="primary" onClick={() => setRevealed(true)}>
                {t('group.reveal')}
              </button>
            ) : leader ? (
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void followReply(leader)}
              >
                {t('group.followMajority', { n: numberOf(leader) })}
              </button>
            ) : (
              <p className="muted">{t('group.noMajority')}</p>
            )}
          </div>
        </div>
      </div>
      {preview && (
        <PreviewPanel
          preview={preview}
          number={numberOf(preview.choiceId)}
          onClose={() => setPreview(null)}
        />
      )}
    </section>
  );
}
