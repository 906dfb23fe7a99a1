import { useTranslation } from 'react-i18next';
import './storage-failure.css';

/**
 * A write the browser refused (a full disk, or storage this tab cannot use), said in the words of
 * the screen that tried it: what was not written, and where to free space. The same look as
 * StorageFailureNotice, whose general sentences fit screens that have no advice of their own.
 */
export function WriteRefusedNotice({ text, onRetry }: { text: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="form-error storage-failure">
      <p>{text}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('saveFeedback.retry')}
        </button>
      )}
    </div>
  );
}
