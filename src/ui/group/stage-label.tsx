import { useTranslation } from 'react-i18next';
import type { Stage } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

/**
 * Which contact of a staged case a decision point belongs to (第 2/3 次接触 · 两天后 · 回访电话),
 * so a trainer reading votes or splits knows the customer had already lived with the last contact.
 */
export function StageLabel({ stage, n, total }: { stage: Stage; n: number; total: number }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const title = stage.elapsed ? `${pick(stage.elapsed)} · ${pick(stage.title)}` : pick(stage.title);
  return <>{t('stagesElsewhere.stageLabel', { n, total, title })}</>;
}
