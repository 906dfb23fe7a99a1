import { useTranslation } from 'react-i18next';
import { settledAt } from '../../engine/stages';
import type { Stage } from '../../engine/scenario-schema';
import { StageInterlude } from '../call/stage-interlude';
import { useLocalized } from '../i18n/use-localized';

/**
 * Where a trial call passed into a later contact: the time and the contact, and each promise the
 * stage checked as it stood then (kept, broken, never made), so the author sees what the customer
 * now remembers.
 */
export function TestPlayStage({ stage, facts }: { stage: Stage; facts: readonly string[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="test-play-stage">
      <p className="test-play-stage-head">
        <strong>
          {stage.elapsed ? `${pick(stage.elapsed)} · ` : ''}
          {pick(stage.title) || stage.id}
        </strong>{' '}
        <span className="tag">{t(`channel.${stage.channel}`)}</span>
      </p>
      <SettledPromises stage={stage} facts={facts} />
    </div>
  );
}

function SettledPromises({ stage, facts }: { stage: Stage; facts: readonly string[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const settled = settledAt(stage, facts);
  if (settled.length === 0) return null;
  return (
    <ul className="promise-list" aria-label={t('authoringStages.testPlayPromises')}>
      {settled.map(({ promise, status }, i) => (
        <li key={i} className={`promise promise-${status}`}>
          <span className="promise-status">{t(`stages.status.${status}`)}</span>{' '}
          {pick(promise.text) || promise.fact}
        </li>
      ))}
    </ul>
  );
}

/** The card between two contacts of a trial call, as the trainee sees it, with the promises settled. */
export function TestPlayInterlude({
  stages,
  stageId,
  facts,
  onContinue,
}: {
  stages: readonly Stage[];
  stageId: string;
  facts: readonly string[];
  onContinue: () => void;
}) {
  const index = stages.findIndex((s) => s.id === stageId);
  const stage = stages[index];
  if (!stage) return null;
  return (
    <div className="test-play-interlude">
      <StageInterlude stage={stage} n={index + 1} total={stages.length} onContinue={onContinue} />
      <SettledPromises stage={stage} facts={facts} />
    </div>
  );
}
