import { useTranslation } from 'react-i18next';
import type { TurnDebrief } from '../../engine/debrief/compose-debrief';
import type { RulePoints } from '../../engine/debrief/rule-points';
import { useLocalized } from '../i18n/use-localized';
import { RuleLink } from './rule-link';
import { RulePointsList } from './rule-points-list';

/** A reply's grade, coloured by its band. */
export function GradeBadge({ grade }: { grade: number }) {
  const { t } = useTranslation();
  return (
    <span className={`grade grade-${grade >= 80 ? 'good' : grade >= 40 ? 'fair' : 'poor'}`}>
      {t('debrief.grade', { grade })}
    </span>
  );
}

/**
 * What the debrief says about one reply: its comment and the rules behind its grade, each linked to
 * the handbook. With `points` every rule is listed with the points it added or took (test-play,
 * where the author checks the grading); otherwise the fired rules are named, as a trainee reads them.
 */
export function TurnFeedback({
  said,
  points,
}: {
  said: TurnDebrief | undefined;
  points?: readonly RulePoints[];
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <>
      <p className="turn-feedback">
        {(said?.comment[locale] ?? []).join(locale === 'en' ? ' ' : '')}
      </p>
      {points ? (
        <RulePointsList points={points} />
      ) : (
        said &&
        said.cited.length > 0 && (
          <p className="turn-rules">
            <span className="muted small">{t('debrief.principles')}</span>
            {said.cited.map((id) => (
              <RuleLink key={id} id={id} />
            ))}
          </p>
        )
      )}
    </>
  );
}
