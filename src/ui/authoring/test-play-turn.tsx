import { useTranslation } from 'react-i18next';
import type { ExplainedTurn } from '../../engine/authoring/test-play-explained';
import { GradeBadge, TurnFeedback } from '../debrief/turn-feedback';
import { useLocalized } from '../i18n/use-localized';

/**
 * How one trial reply was graded, in the debrief's words: its grade, the comment, every rule with
 * its points, and, when the reply marked as the expert's lost points, that the rules above are why.
 */
export function TestPlayTurn({ explained }: { explained: ExplainedTurn }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { record } = explained;
  return (
    <div className="test-play-grade">
      <p className="turn-head">
        <span>{t('authorGuide.gradeOfReply')}</span> <GradeBadge grade={record.grade} />
      </p>
      {explained.expertShortfall && (
        <p className="expert-shortfall">
          {t('authorGuide.expertShortfall', { grade: record.grade })}
        </p>
      )}
      <TurnFeedback said={explained.said} points={explained.points} />
      {record.choice === record.expertChoice ? (
        <p className="muted small">{t('authorGuide.isExpert')}</p>
      ) : (
        <p className="turn-expert small">
          <strong>{t('debrief.labelled', { label: t('authorGuide.expertHere') })}</strong>
          {pick(record.expertReply)}
        </p>
      )}
    </div>
  );
}
