import { useTranslation } from 'react-i18next';
import type { Stage } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  stage: Stage;
  /** The stage's place among the case's contacts, from 1. */
  n: number;
  total: number;
  onContinue: () => void;
}

/**
 * Between two contacts of one complaint: the simulated time that passed and the contact that
 * follows (两天后 · 回访电话), so the trainee knows the customer has lived with the last promise.
 */
export function StageInterlude({ stage, n, total, onContinue }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const title = pick(stage.title);
  return (
    <section className="panel stage-interlude" aria-labelledby="stage-interlude-title">
      <p className="eyebrow">{t('stages.interludeEyebrow', { n, total })}</p>
      <h2 id="stage-interlude-title">
        {stage.elapsed ? `${pick(stage.elapsed)} · ${title}` : title}
      </h2>
      <p>
        <span className="tag">{t(`channel.${stage.channel}`)}</span>
      </p>
      <p>
        <button type="button" className="primary" autoFocus onClick={onContinue}>
          {t('stages.continue', { stage: title })}
        </button>
      </p>
    </section>
  );
}
