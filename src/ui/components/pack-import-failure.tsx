import { useTranslation } from 'react-i18next';
import type { StorageFailure } from '../../app/data/storage-failure';
import { StorageFailureNotice } from './storage-failure';
import { WriteRefusedNotice } from './write-refused-notice';

/**
 * A pack that could not be imported for a reason other than its content. A full disk gets the
 * packs screen's own advice (its recordings are listed just below); every other failure is said
 * as every screen says it. Either way nothing was imported, and the same file can be tried again.
 */
export function PackImportFailure({
  failure,
  onRetry,
}: {
  failure: StorageFailure;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return failure.kind === 'quota' ? (
    <WriteRefusedNotice text={t('saveFeedback.packImport.quota')} onRetry={onRetry} />
  ) : (
    <StorageFailureNotice failure={failure} action="import" onRetry={onRetry} />
  );
}
