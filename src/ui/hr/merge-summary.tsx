import { useTranslation } from 'react-i18next';
import type { MergeOutcome } from '../../app/records/records-bundle';

const KINDS = [
  'profiles',
  'attempts',
  'observations',
  'overrides',
  'quizAttempts',
  'promoted',
] as const;

/** What a merge wrote, kind by kind, and whose certificates were re-checked after it. */
export function MergeSummary({ outcome }: { outcome: MergeOutcome }) {
  const { t } = useTranslation();
  const kinds = KINDS.filter((kind) => outcome.merged[kind] > 0);
  return (
    <div role="status" className="merge-progress merge-summary">
      <p>{t('hr.applied', { count: outcome.written })}</p>
      {kinds.length > 0 && (
        <>
          <p>{t('mergeWrite.mergedKinds')}</p>
          <ul className="merged-kinds">
            {kinds.map((kind) => (
              <li key={kind} data-kind={kind}>
                {t(`mergeWrite.kinds.${kind}`, { count: outcome.merged[kind] })}
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.certified > 0 && <p>{t('mergeWrite.certified', { count: outcome.certified })}</p>}
      {outcome.notCertified ? (
        <p className="plan-warning">
          {t('mergeWrite.notCertified', {
            count: outcome.notCertified.profileIds.length,
            message: outcome.notCertified.message,
          })}
        </p>
      ) : (
        outcome.certified === 0 && <p>{t('mergeWrite.noneCertified')}</p>
      )}
    </div>
  );
}
