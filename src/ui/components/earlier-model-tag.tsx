import { useTranslation } from 'react-i18next';
import { gradedByEarlierModel, type GradedCall } from '../../engine/scoring/graded-by';
import { SCORING_MODEL_VERSION } from '../../engine/scoring/model-version';

/** A call with its grade, if it has one yet. */
interface ShownCall extends GradedCall {
  score: unknown;
}

/**
 * "Graded by the earlier scoring model (v1)" beside a grade an earlier model gave, with why it
 * stands on hover. Renders nothing for a call graded by the current model or not graded yet.
 */
export function EarlierModelTag({ call }: { call: ShownCall }) {
  const { t } = useTranslation();
  if (!call.score || !gradedByEarlierModel(call)) return null;
  return (
    <span
      className="tag tag-earlier-model"
      title={t('scoringModel.earlierHint', { current: SCORING_MODEL_VERSION })}
    >
      {t('scoringModel.earlier', { version: call.scoringModel })}
    </span>
  );
}

/** The debrief's sentence on a call an earlier model graded: its grades stand, a later mark does not move them. */
export function EarlierModelNote({ call }: { call: ShownCall }) {
  const { t } = useTranslation();
  if (!call.score || !gradedByEarlierModel(call)) return null;
  return (
    <p className="muted" role="note">
      {t('scoringModel.earlierNote', {
        version: call.scoringModel,
        current: SCORING_MODEL_VERSION,
      })}
    </p>
  );
}
