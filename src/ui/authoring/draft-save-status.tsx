import { useTranslation } from 'react-i18next';

/** The draft's id and whether its last edit is saved, as the editor and the guided view show it. */
export function DraftSaveStatus({
  draftId,
  saveState,
}: {
  draftId: string;
  saveState: 'saved' | 'saving' | 'failed';
}) {
  const { t } = useTranslation();
  return (
    <p className="muted small" role="status">
      {draftId} ·{' '}
      {saveState === 'saving'
        ? t('author.saving')
        : saveState === 'failed'
          ? t('storageFailure.unsavedStatus')
          : t('author.saved')}
    </p>
  );
}
