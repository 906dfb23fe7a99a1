import { useTranslation } from 'react-i18next';
import type { MergeProgress } from '../../app/records/records-bundle';
import { ProgressBar } from './progress-bar';

/**
 * How far the confirmed merge has come, as the use-case reports it: the rows of its one
 * transaction chunk by chunk, the sealing, then — the records committed — each person's
 * certificates re-checked.
 */
export function WriteProgress({ progress }: { progress: MergeProgress }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (progress.step === 'certificates') {
    const counts = { done: number(progress.done), total: number(progress.total) };
    return (
      <div role="status" className="merge-progress merge-write">
        <p>{t('mergeWrite.certificates', { ...counts, written: number(progress.written) })}</p>
        <ProgressBar
          label={t('mergeWrite.certificatesLabel')}
          done={progress.done}
          total={progress.total}
          valueText={t('mergeWrite.peopleValue', counts)}
        />
      </div>
    );
  }
  if (progress.step === 'sealing') {
    return (
      <div role="status" className="merge-progress merge-write">
        <p>{t('mergeWrite.sealing')}</p>
        <ProgressBar label={t('mergeWrite.label')} total={1} />
      </div>
    );
  }
  const counts = { done: number(progress.done), total: number(progress.total) };
  return (
    <div role="status" className="merge-progress merge-write">
      <p>{t('mergeWrite.writing', counts)}</p>
      <ProgressBar
        label={t('mergeWrite.label')}
        done={progress.done}
        total={progress.total}
        valueText={t('mergeWrite.recordsValue', counts)}
      />
    </div>
  );
}
