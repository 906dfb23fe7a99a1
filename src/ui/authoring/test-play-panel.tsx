import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  continueStage,
  playReply,
  startTestPlay,
  type TestPlay,
} from '../../engine/authoring/test-play';
import { explainTestPlay } from '../../engine/authoring/test-play-explained';
import { factsOf } from '../../engine/authoring/fact-operations';
import { linesSaid } from '../../engine/facts';
import { isAgitated } from '../../engine/mood';
import type { Scenario } from '../../engine/scenario-schema';
import { stageOpeningAt } from '../../engine/stages';
import { MoodMeters } from '../components/mood-meters';
import { useLocalized } from '../i18n/use-localized';
import { ExpertPathSummary } from './expert-path-summary';
import { useFactLabel } from './fact-label';
import { TestPlayInterlude, TestPlayStage } from './test-play-stage';
import { TestPlayTurn } from './test-play-turn';

/**
 * A mini call through the draft from the chosen node, on the real engine: the author sees the
 * customer's words, the mood move and each reply's grade explained as the debrief explains it (the
 * rules behind it and their points), and can restart from the same node. The expert path's total
 * stands above, with what cost it points when it falls short. A case spanning several contacts
 * plays across them: the stage card stands between two, with each promise kept or broken.
 */
export function TestPlayPanel({
  draft,
  play,
  onChange,
}: {
  draft: Scenario;
  play: TestPlay | null;
  onChange: (play: TestPlay | null) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const id = useId();
  const node = play ? draft.nodes.find((n) => n.id === play.progress.nodeId) : undefined;
  const facts = factsOf(draft).map((f) => f.id);
  const label = useFactLabel(draft);
  const explained = useMemo(() => (play ? explainTestPlay(draft, play) : null), [draft, play]);
  return (
    <section className="panel test-play" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('author.testPlay')}</h2>
      <ExpertPathSummary draft={draft} />
      {!play ? (
        <>
          <p className="hint">{t('author.testPlayIntro')}</p>
          <button type="button" onClick={() => onChange(startTestPlay(draft, draft.start))}>
            {t('authorGuide.testPlayFromStart')}
          </button>
        </>
      ) : (
        <>
          <div className="actions">
            <button
              type="button"
              onClick={() => onChange(startTestPlay(draft, play.from, play.startFacts))}
            >
              {t('author.restart', { id: play.from })}
            </button>
            <button type="button" onClick={() => onChange(null)}>
              {t('author.stopTestPlay')}
            </button>
          </div>
          {facts.length > 0 && (
            <fieldset className="test-play-facts">
              <legend>{t('author.facts.testPlayStart')}</legend>
              {facts.map((fact) => (
                <label key={fact} className="check">
                  <input
                    type="checkbox"
                    checked={play.startFacts.includes(fact)}
                    onChange={(e) =>
                      onChange(
                        startTestPlay(
                          draft,
                          play.from,
                          e.target.checked
                            ? [...play.startFacts, fact]
                            : play.startFacts.filter((f) => f !== fact),
                        ),
                      )
                    }
                  />
                  {label(fact)}
                </label>
              ))}
            </fieldset>
          )}
          <MoodMeters
            mood={play.progress.mood}
            agitated={isAgitated(play.progress.mood, draft.persona)}
          />
          {facts.length > 0 && (
            <p className="small" aria-live="polite">
              {play.progress.facts.length > 0
                ? t('author.facts.testPlayNow', {
                    facts: play.progress.facts
                      .map((f) => label(f))
                      .join(t('author.facts.separator')),
                  })
                : t('author.facts.testPlayNoneNow')}
            </p>
          )}
          <ol className="test-play-log" aria-label={t('call.transcript')}>
            {play.turns.map((turn, i) => {
              const asked = draft.nodes.find((n) => n.id === turn.node);
              const choice =
                asked?.kind === 'decision'
                  ? asked.choices.find((c) => c.id === turn.choice)
                  : undefined;
              // The customer spoke before this reply: what the call had established by then.
              const before = i === 0 ? play.heldAtStart : play.turns[i - 1]!.facts;
              const opened = stageOpeningAt(draft, turn.node);
              return (
                <li key={i}>
                  {opened && <TestPlayStage stage={opened} facts={before} />}
                  {(asked ? linesSaid(asked, before) : []).map(({ line, index: l }) => (
                    <p key={l} className="bubble bubble-customer">
                      <span className="speaker">{t('author.customerSays')}</span>
                      {pick(line.text)}
                    </p>
                  ))}
                  <p className="bubble bubble-trainee">
                    <span className="speaker">{t('author.youSay')}</span>
                    {choice ? pick(choice.text) : turn.choice}
                  </p>
                  {explained?.[i] ? (
                    <TestPlayTurn explained={explained[i]} />
                  ) : (
                    <p className="small muted">
                      {t('author.turnGrade', { grade: turn.grade.grade })}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          {play.interlude && draft.stages ? (
            <TestPlayInterlude
              stages={draft.stages}
              stageId={play.interlude}
              facts={play.progress.facts}
              onContinue={() => onChange(continueStage(play))}
            />
          ) : (
            node && (
              <div className="test-play-now">
                {linesSaid(node, play.progress.facts).map(({ line, index: l }) => (
                  <p key={l} className="bubble bubble-customer is-latest">
                    <span className="speaker">{t('author.customerSays')}</span>
                    {pick(line.text)}
                  </p>
                ))}
                {play.ending ? (
                  <p role="status" className={`outcome outcome-${play.ending.outcome}`}>
                    {t('author.testPlayEnded', { outcome: t(`outcome.${play.ending.outcome}`) })}
                    {' — '}
                    {pick(play.ending.summary)}
                  </p>
                ) : (
                  node.kind === 'decision' && (
                    <ul className="reply-list">
                      {node.choices.map((c) => (
                        <li key={c.id}>
                          <button
                            type="button"
                            className="reply"
                            onClick={() => onChange(playReply(draft, play, c.id))}
                          >
                            {pick(c.text) || c.id}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )
                )}
              </div>
            )
          )}
          {play.stuck && (
            <p role="alert" className="form-error">
              {t('author.testPlayStuck', { reason: play.stuck })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
