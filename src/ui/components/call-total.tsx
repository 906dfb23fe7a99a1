import { useTranslation } from 'react-i18next';
import { latestOverride } from '../../engine/grade-override';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { OverrideRecord } from '../../engine/records/override';

/** The override of this call that stands, as the best and means count it, if any. */
export const standingOverride = (call: AttemptRecord, overrides: readonly OverrideRecord[]) =>
  latestOverride(overrides.filter((o) => o.attemptId === call.id));

/**
 * A call's total in a list of calls: a trainer's regrade, where one stands, beside the call's own
 * total struck through, as the best and means count it; otherwise the call's own total.
 */
export function CallTotal({
  call,
  overrides,
}: {
  call: AttemptRecord;
  overrides: readonly OverrideRecord[];
}) {
  const { t } = useTranslation();
  const standing = standingOverride(call, overrides);
  return (
    <span className="history-score">
      {standing ? (
        <>
          <s aria-hidden="true">{call.score?.total}</s>{' '}
          <span>{t('hr.standing', { total: standing.total })}</span>
        </>
      ) : call.score ? (
        call.score.total
      ) : (
        '—'
      )}
    </span>
  );
}
