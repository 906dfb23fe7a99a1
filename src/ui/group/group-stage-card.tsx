import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageArrival } from '../../engine/stage-arrival';
import { useLocalized } from '../i18n/use-localized';
import { FullScreenButton } from './full-screen-button';

interface Props {
  caseTitle: string;
  arrival: StageArrival;
  onContinue: () => void;
}

/**
 * Between two contacts of a staged case, on the projector: the simulated time that passed, the
 * contact that follows and, for the room to discuss, whether each promise it checks was kept.
 */
export function GroupStageCard({ caseTitle, arrival, onContinue }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const card = useRef<HTMLElement>(null);
  const { stage, n, total, promises } = arrival;
  const title = pick(stage.title);
  return (
    <section
      ref={card}
      className="screen projector group-stage-card"
      aria-labelledby="group-stage-card-title"
    >
      <header className="stage-header">
        <div>
          <p className="eyebrow">
            {caseTitle} · {t('stages.interludeEyebrow', { n, total })}
          </p>
          <h1 id="group-stage-card-title">
            {stage.elapsed ? `${pick(stage.elapsed)} · ${title}` : title}
          </h1>
          <p>
            <span className="tag">{t(`channel.${stage.channel}`)}</span>
          </p>
        </div>
        <FullScreenButton target={card} />
      </header>
      <section className="panel stage-card-promises" aria-labelledby="stage-card-promises-title">
        <h2 id="stage-card-promises-title">{t('stagesElsewhere.group.promisesTitle')}</h2>
        {promises.length === 0 ? (
          <p className="muted">{t('stagesElsewhere.group.noChecks')}</p>
        ) : (
          <ul className="promise-list">
            {promises.map(({ promise, status }) => (
              <li key={promise.fact} className={`promise promise-${status}`}>
                <span className="promise-status">{t(`stages.status.${status}`)}</span>{' '}
                {pick(promise.text)}
              </li>
            ))}
          </ul>
        )}
        <p className="stage-card-discuss">{t('stagesElsewhere.group.discuss')}</p>
      </section>
      <p>
        <button type="button" className="primary" autoFocus onClick={onContinue}>
          {t('stages.continue', { stage: title })}
        </button>
      </p>
    </section>
  );
}
