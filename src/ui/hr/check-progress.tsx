import { useTranslation } from 'react-i18next';
import type { BundleProgress } from '../../app/records/records-bundle';
import { ProgressBar } from './progress-bar';

/** The check's step in words, with a bar once records are being weighed one by one. */
export function CheckProgress({ progress }: { progress: BundleProgress }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <div role="status" className="merge-progress">
      <p>{t('hr.checking')}</p>
      <p>
        {progress.step === 'weighing'
          ? t('mergeProgress.weighing', {
              done: number(progress.done),
              total: number(progress.total),
            })
          : t(`mergeProgress.${progress.step}`)}
      </p>
      {progress.step === 'weighing' && (
        <ProgressBar
          label={t('mergeProgress.label')}
          done={progress.done}
          total={progress.total}
          valueText={t('mergeWrite.recordsValue', {
            done: number(progress.done),
            total: number(progress.total),
          })}
        />
      )}
    </div>
  );
}
