import { useTranslation } from 'react-i18next';
import type { StorageFailure } from '../../app/data/storage-failure';
import './storage-failure.css';

/** What the user was doing when the write failed, as the message names it. */
export type StorageAction =
  | 'restore'
  | 'merge'
  | 'import'
  | 'quizAnswer'
  | 'quizHandIn'
  | 'observation'
  | 'groupVote'
  | 'groupDecision'
  | 'draft'
  | 'publish';

/**
 * A write that did not happen, shown where the user started it: why, that nothing stored was
 * changed, and the way on. A full disk offers to try again (once there is room); a record another
 * tab changed first offers to reload, which brings that tab's version. `sticky` keeps it in view
 * on a long form whose failed part may be far from where the notice sits.
 */
export function StorageFailureNotice({
  failure,
  action,
  onRetry,
  sticky = false,
}: {
  failure: StorageFailure;
  action: StorageAction;
  onRetry?: () => void;
  sticky?: boolean;
}) {
  const { t } = useTranslation();
  const values = {
    action: t(`storageFailure.actions.${action}`),
    ...(failure.kind === 'stale' ? { record: t(`storageFailure.records.${failure.record}`) } : {}),
    ...(failure.kind === 'other' ? { message: failure.message } : {}),
  };
  return (
    <div role="alert" className={`form-error storage-failure${sticky ? ' is-sticky' : ''}`}>
      <p>{t(`storageFailure.${failure.kind}`, values)}</p>
      {failure.kind === 'stale' || failure.kind === 'unavailable' ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('storageFailure.reload')}
        </button>
      ) : (
        onRetry && (
          <button type="button" onClick={onRetry}>
            {t('storageFailure.retry')}
          </button>
        )
      )}
    </div>
  );
}
