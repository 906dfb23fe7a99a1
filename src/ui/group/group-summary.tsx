import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { summarizeSession } from '../../engine/group-session';
import { pathMap } from '../../engine/path-map';
import { replyOrderSeed, shownReplies } from '../../engine/reply-order';
import { indexScenario } from '../../engine/scenario-index';
import { stageIndexOf, stageOf } from '../../engine/stages';
import type { DecisionNode, Scenario } from '../../engine/scenario-schema';
import type { GroupSessionRecord } from '../../engine/records/group-session';
import { useLocalized } from '../i18n/use-localized';
import { StageLabel } from './stage-label';

const PathMapView = lazy(() => import('../debrief/path-map-view'));

/** The end of a session: the group's route beside the expert's, and the vote at every point. */
export function GroupSummaryView({
  session,
  scenario,
}: {
  session: GroupSessionRecord;
  scenario: Scenario;
}) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const summary = useMemo(() => summarizeSession(scenario, session.turns), [scenario, session]);
  const map = useMemo(() => pathMap(scenario, summary.groupChoices), [scenario, summary]);
  const index = indexScenario(scenario);
  const reply = (id: string) => index.choice(id)?.choice.text;
  // A written reply's two routes are two letters, paragraph by paragraph.
  const letter = scenario.kind === 'written-reply';

  return (
    <section className="screen projector group-summary" aria-labelledby="summary-title">
      <header className="stage-header">
        <div>
          <p className="eyebrow">{pick(scenario.title)}</p>
          <h1 id="summary-title">{t('group.summary.title')}</h1>
          <p className="muted">
            {new Date(session.finishedAt ?? session.startedAt).toLocaleString(locale)} ·{' '}
            {session.participants.length > 0
              ? t('group.summary.participants', {
                  names: session.participants.join(t('library.listSeparator')),
                })
              : t('group.summary.nobody')}
          </p>
        </div>
        <div className="actions no-print">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('group.summary.print')}
          </button>
          <Link href="/group" className="button">
            {t('group.back')}
          </Link>
        </div>
      </header>

      <div className="summary-scores">
        <div className="summary-score">
          <span className="summary-number">{summary.groupScore.total}</span>
          <span>{t('group.summary.groupScore')}</span>
        </div>
        <div className="summary-score is-expert">
          <span className="summary-number">{summary.expertTotal}</span>
          <span>{t('group.summary.expertScore')}</span>
        </div>
        <div className="summary-outcome">
          <span>{t('group.summary.outcome')}</span>
          {summary.outcome && (
            <p className={`outcome outcome-${summary.outcome}`}>
              {t(`outcome.${summary.outcome}`)}
            </p>
          )}
          <p>
            {t('group.summary.agreement', {
              voted: summary.majorityOnExpert.voted,
              matched: summary.majorityOnExpert.matched,
            })}
          </p>
        </div>
      </div>

      <section className="panel" aria-labelledby="summary-map-title">
        <h2 id="summary-map-title">{t('group.summary.map')}</h2>
        <div className="summary-map">
          <div className="summary-map-graph">
            <Suspense fallback={null}>
              <PathMapView
                map={map}
                labels={{
                  route: t('group.summary.groupPath'),
                  expert: t('group.summary.expertPath'),
                  map: t('group.summary.mapLabel'),
                }}
              />
            </Suspense>
          </div>
          <div className="path-columns summary-paths">
            <div>
              <h3>
                {letter ? t('stagesElsewhere.group.letterRoute') : t('group.summary.groupPath')} ·{' '}
                {summary.groupScore.total}
              </h3>
              <ol className="path-list">
                {summary.turns.map((turn) => (
                  <li
                    key={turn.nodeId}
                    className={turn.followed === turn.expert ? 'on-path' : 'off-path'}
                  >
                    {pick(reply(turn.followed)!)}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>
                {letter ? t('stagesElsewhere.group.expertLetter') : t('group.summary.expertPath')} ·{' '}
                {summary.expertTotal}
              </h3>
              <ol className="path-list">
                {summary.expertChoices.map((id) => (
                  <li key={id} className="on-path">
                    {pick(reply(id)!)}
                  </li>
                ))}
              </ol>
            </div>
          </div>
        </div>
      </section>

      <section className="panel" aria-labelledby="summary-turns-title">
        <h2 id="summary-turns-title">{t('group.summary.perTurn')}</h2>
        <ol className="summary-turns">
          {summary.turns.map((turn, n) => {
            const node = index.node(turn.nodeId) as DecisionNode;
            // Numbered as the room saw them on the stage.
            const replies = shownReplies(node, replyOrderSeed(session));
            const contact = stageOf(scenario, turn.nodeId);
            return (
              <li key={turn.nodeId} className="summary-turn">
                {contact && (
                  <p className="eyebrow">
                    <StageLabel
                      stage={contact}
                      n={stageIndexOf(scenario, turn.nodeId) + 1}
                      total={scenario.stages!.length}
                    />
                  </p>
                )}
                <h3>
                  {t('group.summary.turnHead', { n: n + 1 })} ·{' '}
                  {t('group.summary.grade', { grade: turn.followedGrade })}
                </h3>
                <p className="summary-customer">{pick(turn.customerLine)}</p>
                <table className="split-table">
                  <tbody>
                    {replies.map((choice, i) => {
                      const share = turn.split.find((s) => s.choiceId === choice.id)!;
                      return (
                        <tr
                          key={choice.id}
                          className={choice.id === turn.expert ? 'is-expert' : undefined}
                        >
                          <th scope="row">{i + 1}</th>
                          <td className="split-reply">
                            {pick(choice.text)}
                            <span className="split-tags">
                              {choice.id === turn.expert && (
                                <span className="tag tag-expert">
                                  {t('group.summary.expertReply')}
                                </span>
                              )}
                              {choice.id === turn.followed && (
                                <span className="tag tag-followed">
                                  {t('group.summary.followed')}
                                </span>
                              )}
                              {choice.id === turn.majority && (
                                <span className="tag">{t('group.summary.majorityTag')}</span>
                              )}
                              {turn.previewed.includes(choice.id) && (
                                <span className="tag">{t('group.summary.previewedTag')}</span>
                              )}
                            </span>
                          </td>
                          <td className="split-count">
                            {t('group.votes', { count: share.count })}
                          </td>
                          <td className="split-bar">
                            <div className="vote-bar">
                              <span style={{ width: `${share.percent}%` }} />
                              <strong>{share.percent}%</strong>
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {turn.hotSeat.length > 0 && (
                  <p className="muted">
                    {t('group.summary.hotSeat', {
                      answers: turn.hotSeat
                        .map(
                          (a) =>
                            `${a.participant} → ${replies.findIndex((c) => c.id === a.choiceId) + 1}`,
                        )
                        .join(t('library.listSeparator')),
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
