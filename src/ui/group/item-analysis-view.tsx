import { useTranslation } from 'react-i18next';
import { SILENCE, TIMEOUT } from '../../engine/call-progress';
import type { DecisionPointSplit, ItemAnalysis } from '../../engine/item-analysis';
import { indexScenario } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';
import { StageLabel } from './stage-label';

const percent = (share: number) => Math.round(share * 100);

/** Per decision point: a bar for each reply's share, the recommended reply marked. */
export function ItemAnalysisView({
  scenario,
  analysis,
}: {
  scenario: Scenario;
  analysis: ItemAnalysis;
}) {
  return (
    <ol className="item-points">
      {analysis.points.map((point, i) => (
        <PointView
          key={point.nodeId}
          scenario={scenario}
          point={point}
          n={i + 1}
          mostMissed={analysis.mostMissed === point.nodeId}
        />
      ))}
    </ol>
  );
}

interface PointProps {
  scenario: Scenario;
  point: DecisionPointSplit;
  n: number;
  mostMissed: boolean;
}

function PointView({ scenario, point, n, mostMissed }: PointProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const index = indexScenario(scenario);
  const node = index.node(point.nodeId);
  const lastLine = node?.lines.at(-1);
  const headingId = `point-${point.nodeId}`;
  const stage = point.stage === null ? undefined : scenario.stages?.[point.stage];
  return (
    <li
      className={`panel item-point${mostMissed ? ' is-most-missed' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="item-point-head">
        {stage && (
          <p className="eyebrow item-point-stage">
            <StageLabel stage={stage} n={point.stage! + 1} total={scenario.stages!.length} />
          </p>
        )}
        <h3 id={headingId}>{t('myGroup.analysis.point', { n, turn: point.typicalTurn })}</h3>
        <span className="item-point-tags">
          {mostMissed && (
            <span className="tag tag-most-missed">{t('myGroup.analysis.mostMissed')}</span>
          )}
          {point.missedByMost && !mostMissed && (
            <span className="tag tag-missed">{t('myGroup.analysis.missedByMost')}</span>
          )}
          {!point.onExpertPath && <span className="tag">{t('myGroup.analysis.offPath')}</span>}
        </span>
      </header>
      {lastLine && (
        <p className="item-customer-line">
          <span className="muted">{t('myGroup.analysis.customerSays')}</span>
          {pick(lastLine.text)}
        </p>
      )}
      <p className="muted small">
        {t('myGroup.analysis.missRate', {
          percent: percent(point.missRate),
          answers: point.answers,
        })}
      </p>
      <ul className="reply-shares">
        {point.replies.map((reply) => {
          const text =
            reply.choiceId === TIMEOUT
              ? `${pick(SILENCE)} ${t('myGroup.analysis.timeout')}`
              : pick(index.choice(reply.choiceId)!.choice.text);
          return (
            <li
              key={reply.choiceId}
              className={`reply-share${reply.recommended ? ' is-recommended' : ''}`}
            >
              <div className="reply-share-head">
                <span className="reply-share-text">
                  {reply.recommended && (
                    <span className="tag tag-recommended">{t('myGroup.analysis.recommended')}</span>
                  )}{' '}
                  {text}
                </span>
                <span className="reply-share-figure">
                  {t('myGroup.analysis.share', {
                    count: reply.count,
                    percent: percent(reply.share),
                  })}
                </span>
              </div>
              <div
                className="bar-track"
                role="meter"
                aria-label={text}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent(reply.share)}
                aria-valuetext={`${percent(reply.share)}%`}
              >
                <div className="bar-fill" style={{ transform: `scaleX(${reply.share})` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
