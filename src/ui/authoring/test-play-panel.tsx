import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { playReply, startTestPlay, type TestPlay } from '../../engine/authoring/test-play';
import { isAgitated } from '../../engine/mood';
import type { Scenario } from '../../engine/scenario-schema';
import { MoodMeters } from '../components/mood-meters';
import { useLocalized } from '../i18n/use-localized';

/**
 * A mini call through the draft from the chosen node, on the real engine: the author sees the
 * customer's words, the mood move and each reply's grade, and can restart from the same node.
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
  return (
    <section className="panel test-play" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('author.testPlay')}</h2>
      {!play ? (
        <p className="hint">{t('author.testPlayIntro')}</p>
      ) : (
        <>
          <div className="actions">
            <button type="button" onClick={() => onChange(startTestPlay(draft, play.from))}>
              {t('author.restart', { id: play.from })}
            </button>
            <button type="button" onClick={() => onChange(null)}>
              {t('author.stopTestPlay')}
            </button>
          </div>
          <MoodMeters
            mood={play.progress.mood}
            agitated={isAgitated(play.progress.mood, draft.persona)}
          />
          <ol className="test-play-log" aria-label={t('call.transcript')}>
            {play.turns.map((turn, i) => {
              const asked = draft.nodes.find((n) => n.id === turn.node);
              const choice =
                asked?.kind === 'decision'
                  ? asked.choices.find((c) => c.id === turn.choice)
                  : undefined;
              return (
                <li key={i}>
                  {asked?.lines.map((line, l) => (
                    <p key={l} className="bubble bubble-customer">
                      <span className="speaker">{t('author.customerSays')}</span>
                      {pick(line.text)}
                    </p>
                  ))}
                  <p className="bubble bubble-trainee">
                    <span className="speaker">{t('author.youSay')}</span>
                    {choice ? pick(choice.text) : turn.choice}
                  </p>
                  <p className="small muted">
                    {t('author.turnGrade', { grade: turn.grade.grade })}
                  </p>
                </li>
              );
            })}
          </ol>
          {node && (
            <div className="test-play-now">
              {node.lines.map((line, l) => (
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
